// `npm run bench`: builds the floor page (bench/floor: a bare React + React Router + TanStack
// Query sign-in form), the demo and the real-backend build, then loads each URL cold over a
// throttled link, interleaved, and runs Lighthouse. Prints progress and a table, writes
// bench/results.json. Timings live here, never in tests (shared, noisy machines): the targets
// are ratios to the floor measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { lighthouse } from './bench-lighthouse.mjs';
import { cpuSlowdown, measureLoad, network } from './bench-measure.mjs';
import { serveBuild } from './bench-server.mjs';
import { chromiumLaunchOptions } from './browser-path.mjs';
import { entryReport, lazyReport } from './check-budgets.mjs';
import { kb, median, ms, printTable } from './bench-report.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const LH_RUNS = Math.max(0, Number(process.env.BENCH_LH_RUNS ?? 1));
const PORT = Number(process.env.BENCH_PORT ?? 4290);
const targets = {
  ratio: 1.3,
  entryKb: 130,
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
};
const urls = ['/', '/sign-in'];
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
  // Served with a stub for the session check until `npm run api` exists (see bench-server.mjs).
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

async function loads(browser) {
  const samples = {};
  const total = RUNS * builds.length * urls.length;
  let done = 0;
  // One warm-up load per page (disk cache of the OS, Chromium's first start), not counted.
  for (const b of builds)
    for (const url of urls) await measureLoad(browser, `http://127.0.0.1:${b.port}${url}`, b);
  // Each run rotates the order of builds and URLs, so no page always follows the same one
  // (on a shared machine, the load after another can pay for its clean-up).
  const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
  for (let run = 0; run < RUNS; run += 1) {
    for (const url of rotate(urls, run)) {
      for (const b of rotate(builds, run)) {
        const sample = await measureLoad(browser, `http://127.0.0.1:${b.port}${url}`, b);
        (samples[`${b.id} ${url}`] ??= []).push(sample);
        done += 1;
        const mock =
          sample.mockReadyAfterFormMs === null
            ? ''
            : `, backend ready +${ms(sample.mockReadyAfterFormMs)}`;
        console.log(
          `[${done}/${total}] ${b.id.padEnd(5)} ${url.padEnd(8)} email field ${ms(sample.emailFieldMs)}, ${kb(sample.jsBytes)} JS${mock}`,
        );
      }
    }
  }
  return samples;
}

async function lighthouseRuns() {
  const pages = [
    ...builds.filter((b) => b.id !== 'floor').flatMap((b) => urls.map((url) => [b, url])),
    [builds[0], '/sign-in'],
  ];
  const results = {};
  for (const [b, url] of pages) {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i += 1) {
      console.log(`lighthouse ${b.id} ${url} (${i + 1}/${LH_RUNS})`);
      runs.push(
        await lighthouse(
          `http://127.0.0.1:${b.port}${url}`,
          `${out}/lighthouse-${b.id}${url.replace(/\//g, '_')}.json`,
        ),
      );
    }
    if (runs.length === 0) continue;
    const pick = (key) => median(runs.map((run) => run[key]));
    results[`${b.id} ${url}`] = {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      failedAudits: [...new Set(runs.flatMap((run) => run.failedAudits))],
      runs: runs.map((run) => run.performance),
    };
  }
  return results;
}

async function main() {
  mkdirSync(out, { recursive: true });
  for (const b of builds) build(b);
  const servers = await Promise.all(builds.map((b) => serveBuild(b.dir, b.port, b)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const chromiumVersion = browser.version();
  let samples;
  let lh;
  try {
    samples = await loads(browser);
  } finally {
    await browser.close();
  }
  try {
    lh = await lighthouseRuns();
  } finally {
    for (const server of servers) server.close();
  }

  const rows = [];
  const checks = [];
  for (const b of builds) {
    for (const url of urls) {
      const list = samples[`${b.id} ${url}`];
      const floor = median(samples[`floor ${url}`].map((s) => s.emailFieldMs));
      const time = median(list.map((s) => s.emailFieldMs));
      const ratio = time / floor;
      const row = {
        page: `${b.label} ${url}`,
        emailFieldMs: Math.round(time),
        ratioToFloor: Number(ratio.toFixed(2)),
        jsBeforeForm: median(list.map((s) => s.jsBytes)),
        requestsBeforeForm: median(list.map((s) => s.requests)),
        apiRequestsBeforeForm: Math.max(...list.map((s) => s.apiRequests)),
        mockReadyAfterFormMs: b.mock
          ? Math.round(median(list.map((s) => s.mockReadyAfterFormMs)))
          : null,
        lighthouse: lh[`${b.id} ${url}`] ?? null,
      };
      rows.push(row);
      if (b.id === 'floor') continue;
      checks.push([
        `${row.page}: time ≤ ${targets.ratio}× floor`,
        row.ratioToFloor <= targets.ratio,
      ]);
      if (b.id === 'real')
        checks.push([
          `${row.page}: ≤ 1 request to the API before the form`,
          row.apiRequestsBeforeForm <= 1,
        ]);
      if (row.lighthouse) {
        const l = row.lighthouse;
        checks.push([
          `${row.page}: Lighthouse performance ≥ ${targets.performance}`,
          l.performance >= targets.performance,
        ]);
        checks.push([
          `${row.page}: accessibility ${targets.accessibility}`,
          l.accessibility >= targets.accessibility,
        ]);
        checks.push([
          `${row.page}: best practices ${targets.bestPractices}`,
          l.bestPractices >= targets.bestPractices,
        ]);
      }
    }
  }
  const sizes = Object.fromEntries(
    builds.map((b) => [b.id, b.id === 'floor' ? null : entryReport(b.dir)]),
  );
  for (const id of ['demo', 'real']) {
    const entryKb = sizes[id].entryJsGzip / 1024;
    checks.push([`${id}: sign-in entry ≤ ${targets.entryKb} kB gzip`, entryKb <= targets.entryKb]);
    checks.push([
      `${id}: no heavy or mock code in the entry`,
      sizes[id].forbiddenSources.length === 0,
    ]);
  }
  const results = {
    date: new Date().toISOString(),
    conditions: {
      runs: RUNS,
      lighthouseRuns: LH_RUNS,
      network,
      cpuSlowdown,
      chromium: chromiumVersion,
    },
    pages: rows,
    entryJsGzip: { demo: sizes.demo.entryJsGzip, real: sizes.real.entryJsGzip },
    lazyChunksGzip: { demo: lazyReport(builds[1].dir), real: lazyReport(builds[2].dir) },
    checks: checks.map(([name, ok]) => ({ name, ok })),
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}

main();
