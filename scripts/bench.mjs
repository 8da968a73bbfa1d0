// `npm run bench`: builds the floor page (bench/floor: a bare React + React Router + TanStack
// Query sign-in form), the demo and the real-backend build, then loads each page cold over a
// throttled link, interleaved, in English and in Chinese, and runs Lighthouse. Prints progress
// and a table, writes bench/results.json and bench/front-door.md. Timings live here, never in
// tests (shared, noisy machines): the targets are ratios to the floor measured in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { format } from 'prettier';
import { checksOf, rowsOf, targets } from './bench-checks.mjs';
import { lighthouse } from './bench-lighthouse.mjs';
import { cpuSlowdown, measureLoad, network } from './bench-measure.mjs';
import { serveBuild } from './bench-server.mjs';
import { chromiumLaunchOptions } from './browser-path.mjs';
import { entryReport, lazyReport } from './check-budgets.mjs';
import { frontDoorMarkdown, kb, median, ms, printTable } from './bench-report.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const LH_RUNS = Math.max(0, Number(process.env.BENCH_LH_RUNS ?? 1));
const PORT = Number(process.env.BENCH_PORT ?? 4290);
const urls = ['/', '/sign-in'];
// A browser's language: Playwright's and Lighthouse's Chromium speak it (navigator.languages
// and Accept-Language), and the server picks the page from it as public/_redirects says.
const languages = [
  { id: 'en', locale: 'en-US', html: 'index.html' },
  { id: 'zh-CN', locale: 'zh-CN', html: 'zh-CN/index.html' },
];
const out = resolve('.bench');

const builds = [
  {
    id: 'floor',
    label: 'floor',
    dir: `${out}/floor`,
    port: PORT,
    config: 'bench/floor/vite.config.ts',
  },
  { id: 'demo', label: 'demo (MSW)', dir: `${out}/demo`, port: PORT + 1, mock: true },
  // Its /api/ goes to the simulated backend over HTTP (`npm run api`), as a real one would answer.
  {
    id: 'real',
    label: 'VITE_API_MOCKING=off',
    dir: `${out}/real`,
    port: PORT + 2,
    api: true,
    env: { VITE_API_MOCKING: 'off' },
  },
];

function build({ id, dir, config, env }) {
  console.log(`build ${id} → ${dir}`);
  const args = config
    ? ['build', '--config', config]
    : ['build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'];
  const result = spawnSync('./node_modules/.bin/vite', args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(1);
}

/** The email field's label in a built page: what a visitor of that language must see drawn. */
function labelIn(file) {
  const html = readFileSync(file, 'utf8');
  const match = /<label[^>]*>([^<]+)<\/label><input[^>]*autoComplete="username"/i.exec(html);
  if (!match?.[1]) throw new Error(`${file}: no prerendered email field`);
  return match[1];
}

/**
 * Every page measured: the floor in English only (it has no other language), each build at each
 * URL in each language. Every page's ratio is to the floor at the same URL in the same run.
 */
function pagesOf() {
  const pages = [];
  for (const build of builds)
    for (const language of build.id === 'floor' ? [languages[0]] : languages)
      for (const url of urls)
        pages.push({
          key: `${build.id} ${language.id} ${url}`,
          build,
          language,
          url,
          expectedLabel: build.id === 'floor' ? null : labelIn(`${build.dir}/${language.html}`),
        });
  return pages;
}

async function loads(browser, pages) {
  const samples = {};
  const total = RUNS * pages.length;
  let done = 0;
  const load = (page) =>
    measureLoad(browser, `http://127.0.0.1:${page.build.port}${page.url}`, {
      mock: page.build.mock,
      locale: page.language.locale,
    });
  // One warm-up load per page (disk cache of the OS, Chromium's first start), not counted.
  for (const page of pages) await load(page);
  // Each run starts the list at another page, so no page always follows the same one (on a
  // shared machine, the load after another can pay for its clean-up).
  for (let run = 0; run < RUNS; run += 1) {
    for (let i = 0; i < pages.length; i += 1) {
      const page = pages[(i + run * 3) % pages.length];
      const sample = await load(page);
      (samples[page.key] ??= []).push(sample);
      done += 1;
      const mock =
        sample.mockReadyAfterMoveMs === null
          ? ''
          : `, backend ready +${ms(sample.mockReadyAfterMoveMs)} after 1st move`;
      console.log(
        `[${done}/${total}] ${page.key.padEnd(19)} email field ${ms(sample.emailFieldMs)}, ${kb(sample.jsBytes)} JS, ${sample.lang} "${sample.label}"${mock}`,
      );
    }
  }
  return samples;
}

/** Lighthouse on every page, the floor included; medians of BENCH_LH_RUNS runs each. */
async function lighthouseRuns(pages) {
  const results = {};
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i += 1) {
      console.log(`lighthouse ${page.key} (${i + 1}/${LH_RUNS})`);
      const file = `${page.build.id}-${page.language.id}${page.url.replace(/\//g, '_')}`;
      runs.push(
        await lighthouse(
          `http://127.0.0.1:${page.build.port}${page.url}`,
          `${out}/lighthouse-${file}.json`,
          { locale: page.language.locale, expectedLabel: page.expectedLabel },
        ),
      );
    }
    if (runs.length === 0) continue;
    const pick = (key) => median(runs.map((run) => run[key]));
    results[page.key] = {
      version: runs[0].version,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: Number(pick('cls').toFixed(3)),
      lcpElement: runs[0].lcpElement,
      pageInLanguage: page.expectedLabel === null ? null : runs.every((run) => run.pageInLanguage),
      failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
      runs: runs.map((run) => run.performance),
    };
  }
  return results;
}

async function startApi() {
  if (process.env.BENCH_API_ORIGIN) return null;
  const port = PORT + builds.length;
  const api = spawn('./node_modules/.bin/tsx', ['mocks/http.ts', '--port', String(port)], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await fetch(`${origin}/api/session`).catch(() => null);
    if (answer?.ok) {
      process.env.BENCH_API_ORIGIN = origin;
      console.log(`npm run api → ${origin}`);
      return api;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  api.kill();
  throw new Error(`npm run api did not answer on ${origin}`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  for (const b of builds) build(b);
  const pages = pagesOf();
  const api = await startApi();
  const servers = await Promise.all(builds.map((b) => serveBuild(b.dir, b.port, b)));
  const loadBefore = loadavg();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const chromiumVersion = browser.version();
  let samples;
  let lh;
  try {
    samples = await loads(browser, pages);
  } finally {
    await browser.close();
  }
  try {
    lh = await lighthouseRuns(pages);
  } finally {
    for (const server of servers) server.close();
    api?.kill();
  }

  const rows = rowsOf(pages, samples, lh);
  const sizes = Object.fromEntries(
    builds.map((b) => [b.id, b.id === 'floor' ? null : entryReport(b.dir)]),
  );
  const checks = checksOf(pages, rows, sizes);
  const round = (list) => list.map((value) => Number(value.toFixed(2)));
  const results = {
    date: new Date().toISOString(),
    conditions: {
      runs: RUNS,
      lighthouseRuns: LH_RUNS,
      lighthouse: Object.values(lh)[0]?.version ?? null,
      network,
      cpuSlowdown,
      chromium: chromiumVersion,
      // The machine's load average (1, 5, 15 min) before the loads and after Lighthouse: on a
      // shared machine it says how far to trust Lighthouse's simulated TBT.
      loadAverage: { before: round(loadBefore), after: round(loadavg()) },
    },
    targets,
    pages: rows,
    entryJsGzip: { demo: sizes.demo.entryJsGzip, real: sizes.real.entryJsGzip },
    lazyChunksGzip: { demo: lazyReport(builds[1].dir), real: lazyReport(builds[2].dir) },
    checks: checks.map(([name, ok]) => ({ name, ok })),
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  // Formatted as `npx prettier --check .` expects of a committed file.
  const markdown = await format(frontDoorMarkdown(results), { parser: 'markdown' });
  writeFileSync('bench/front-door.md', markdown);
  printTable(results);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main();
