// The `real-backend` project in shards against ONE server, as CI shards or several people share
// one deployed simulated backend: each test makes a world of its own (e2e/support/worlds.ts), so
// the shards cannot see each other's state. `npm test` runs it with two shards; by hand:
//
//   npm run build:real -- --logLevel warn
//   node scripts/e2e-real-shards.mjs [--shards 4] [--workers 2] [--at-once]
//
// It starts `mocks/http.ts` with dist-real on a free port, runs the shards one after another
// (or all at once with `--at-once`, as CI machines would; each its own `playwright test
// --shard=i/n`, its JSON report in .test-reports/), then proves
// that together they ran every test of the project exactly once: the tests the shards' reports
// hold, against `playwright test --project=real-backend --list`. Exits non-zero if a shard
// failed or a test was dropped or run twice.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startApi, stopApi } from './api-process.mjs';

const playwright = './node_modules/.bin/playwright';
const project = 'real-backend';

/** Every test in a Playwright JSON report (or `--list --reporter=json`), by file, line and title. */
function testsOf(report) {
  const keys = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.projectName !== project) continue;
        keys.push(
          `${spec.file}:${spec.line}:${spec.column} ${[...titles, spec.title].join(' › ')}`,
        );
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return keys;
}

function listProject(env) {
  const listed = spawnSync(
    playwright,
    ['test', `--project=${project}`, '--list', '--reporter=json'],
    {
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (listed.status !== 0)
    throw new Error(`listing the ${project} tests failed:\n${listed.stderr}`);
  return testsOf(JSON.parse(listed.stdout));
}

/** One shard as a child process; its lines are prefixed, since the shards run side by side. */
function runShard(index, shards, workers, reportDir, env) {
  const name = `shard ${index}/${shards}`;
  const started = Date.now();
  const child = spawn(
    playwright,
    [
      'test',
      `--project=${project}`,
      `--shard=${index}/${shards}`,
      `--workers=${workers}`,
      // Each run empties its own output folder when it starts, so the shards need one each.
      `--output=test-results/${project}-${index}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        E2E_JSON: '1',
        PLAYWRIGHT_JSON_OUTPUT_NAME: `${reportDir}/e2e-${project}-${index}.json`,
        PLAYWRIGHT_HTML_OUTPUT_DIR: `playwright-report/${project}-${index}`,
      },
    },
  );
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  return new Promise((resolve) =>
    child.once('exit', (code) =>
      resolve({ name, index, ok: code === 0, ms: Date.now() - started }),
    ),
  );
}

/** Checks the shards' reports against the listed project: all ran, none twice. */
function checkCoverage(listed, results, reportDir) {
  const seen = new Map();
  const perShard = [];
  for (const { index } of results) {
    const file = `${reportDir}/e2e-${project}-${index}.json`;
    const ran = existsSync(file) ? testsOf(JSON.parse(readFileSync(file, 'utf8'))) : [];
    perShard.push(ran.length);
    for (const key of ran) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const missing = listed.filter((key) => !seen.has(key));
  const twice = [...seen].filter(([, times]) => times > 1).map(([key]) => key);
  const unknown = [...seen.keys()].filter((key) => !listed.includes(key));
  const sum = perShard.reduce((a, b) => a + b, 0);
  const ok = !missing.length && !twice.length && !unknown.length && sum === listed.length;
  const problems = [
    ...missing.map((key) => `  not run: ${key}`),
    ...twice.map((key) => `  run twice: ${key}`),
    ...unknown.map((key) => `  not in the list: ${key}`),
  ];
  const line = `${perShard.join(' + ')} = ${sum} tests in the shards; ${listed.length} in --list`;
  return { ok, message: [line, ...problems].join('\n') };
}

/**
 * Starts the one server, runs the shards, checks them; `{ ok, shards, coverage }` with each
 * shard's time. Reports go to `reportDir/e2e-real-backend-<i>.json`.
 *
 * One after another by default, each with the config's two workers: on 2 cores two browsers
 * already take the CPU, so running shards at once only shares it, and Playwright splits a
 * project by test count in file order (the long passkey journeys all fall in one shard), so
 * side by side at one worker each the run lasts as long as the slowest shard alone.
 */
export async function runRealShards({
  shards = 2,
  workers = 2,
  atOnce = false,
  reportDir = '.test-reports',
} = {}) {
  mkdirSync(reportDir, { recursive: true });
  const server = await startApi({ args: ['--static', 'dist-real'] });
  // Both servers of playwright.config.ts stay off: the shards share this one.
  const env = { ...process.env, E2E_REAL_BASE_URL: server.origin, E2E_DEMO_SERVER: 'off' };
  try {
    const how = atOnce ? 'at once' : 'one after another';
    console.log(`${project}: ${shards} shards ${how} against one server, ${server.origin}`);
    const listed = listProject(env);
    const indexes = Array.from({ length: shards }, (_, i) => i + 1);
    const run = (index) => runShard(index, shards, workers, reportDir, env);
    const results = [];
    if (atOnce) results.push(...(await Promise.all(indexes.map(run))));
    else for (const index of indexes) results.push(await run(index));
    const coverage = checkCoverage(listed, results, reportDir);
    console.log(`${coverage.ok ? 'every test once' : 'SHARDS DO NOT ADD UP'}: ${coverage.message}`);
    return { ok: coverage.ok && results.every((r) => r.ok), shards: results, coverage };
  } finally {
    await stopApi(server);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      shards: { type: 'string', default: '2' },
      workers: { type: 'string', default: '2' },
      'at-once': { type: 'boolean', default: false },
    },
  });
  const { ok, shards } = await runRealShards({
    shards: Number(values.shards),
    workers: Number(values.workers),
    atOnce: values['at-once'],
  });
  for (const shard of shards) {
    console.log(
      `${(shard.ms / 1000).toFixed(1).padStart(7)} s  ${shard.name}${shard.ok ? '' : ' FAILED'}`,
    );
  }
  process.exit(ok ? 0 : 1);
}
