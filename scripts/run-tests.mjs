// `npm test`: everything CI runs, in order, stopping at the first failure, then one closing
// line "N passed, N failed" counted from the Vitest and Playwright JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { runRealShards } from './e2e-real-shards.mjs';

// Not Playwright's test-results/, which it empties when it starts. Emptied here, so the closing
// count never includes a report left by an earlier run.
const out = '.test-reports';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => `./node_modules/.bin/${name}`;

const steps = [
  // First, so a machine without Chromium is told what to install before anything else runs.
  ['browser check', 'node', ['scripts/check-browser.mjs']],
  ['type check', bin('tsc'), ['-p', '.']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  // The architecture's floors (one-way imports, no cycles, no test code in the product), each
  // rule with its reason, in .dependency-cruiser.mjs.
  ['architecture rules (dependency-cruiser)', bin('depcruise'), ['.', '--output-type', 'err-long']],
  // No unused file, export, type or dependency (entry points in knip.json).
  ['unused code (knip)', bin('knip'), ['--no-progress']],
  // The committed OpenAPI document must be what src/api/ generates, and lint clean.
  ['OpenAPI document is current', bin('tsx'), ['scripts/generate-openapi.ts', '--check']],
  // `redocly` is @redocly/cli; its rules are in redocly.yaml.
  ['OpenAPI lint', bin('redocly'), ['lint', '--format=summary']],
  [
    'unit and component tests',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}/unit.json`],
  ],
  // The same handler and contract property tests against `mocks/http.ts` over real HTTP (a
  // server on a free port).
  [
    'handler and contract tests over HTTP',
    'node',
    [
      'scripts/test-api.mjs',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${out}/api.json`,
    ],
  ],
  // kill -9 twice under 20 concurrent writers: no acknowledged change lost from --data-file.
  [
    'data file survives kill -9',
    'node',
    ['scripts/durability.mjs', '--seconds', '4', '--writers', '20'],
  ],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  [
    'real-backend build',
    bin('vite'),
    ['build', '--logLevel', 'warn', '--outDir', 'dist-real', '--emptyOutDir'],
    { VITE_API_MOCKING: 'off' },
  ],
  ['mock-free real-backend build', 'node', ['scripts/check-mock-free-build.mjs', 'dist-real']],
  // size-limit measures gzip bytes with its @size-limit/file plugin (budgets in package.json).
  ['size budgets', bin('size-limit'), []],
  ['what the sign-in screen loads', 'node', ['scripts/check-budgets.mjs']],
  // The demo alone here (its preview only: E2E_REAL_SERVER=off); the real-backend journeys next.
  [
    'end-to-end tests, demo (chromium)',
    bin('playwright'),
    ['test', '--project=chromium'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/e2e-chromium.json`,
      E2E_JSON: '1',
      E2E_REAL_SERVER: 'off',
    },
  ],
  // The real-backend project in two shards against ONE server, a world per test, checked to run
  // every test of the project exactly once (scripts/e2e-real-shards.mjs); each shard timed.
  ['end-to-end tests, real backend', runRealShards],
];

function count() {
  let passed = 0;
  let failed = 0;
  const failures = [];
  // Vitest's reports (unit, api) and Playwright's, one per run: the demo and each shard.
  for (const file of readdirSync(out).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(`${out}/${file}`, 'utf8'));
    if (file.startsWith('e2e-')) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
      failures.push(...failedJourneys(report.suites));
    } else {
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      for (const testFile of report.testResults)
        for (const test of testFile.assertionResults)
          if (test.status === 'failed')
            failures.push(`${testFile.name.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
    }
  }
  return { passed, failed, failures };
}

/** Playwright's failed tests as "file > title", from its nested suites. */
function failedJourneys(suites, file = '') {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => `${suite.file ?? file} > ${spec.title}`),
    ...failedJourneys(suite.suites ?? [], suite.file ?? file),
  ]);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

let failedStep = null;
const times = [];
const started = Date.now();
for (const [name, command, args, env] of steps) {
  console.log(`\n=== ${name}`);
  const stepStarted = Date.now();
  let ok;
  if (typeof command === 'function') {
    // A step of several timed parts (the shards): each part's time, then the step's.
    try {
      const result = await command();
      for (const part of result.shards) times.push([`${name}: ${part.name}`, part.ms]);
      ok = result.ok;
    } catch (error) {
      console.error(error);
      ok = false;
    }
  } else {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    ok = result.status === 0;
  }
  times.push([name, Date.now() - stepStarted]);
  if (!ok) {
    failedStep = name;
    break;
  }
}
// Where the time went, so a slower suite shows which phase grew.
console.log('\nPhase times:');
for (const [name, ms] of times) console.log(`  ${seconds(ms).padStart(8)}  ${name}`);
console.log(`  ${seconds(Date.now() - started).padStart(8)}  in all`);
const { passed, failed, failures } = count();
if (failedStep) console.log(`\nFAILED at: ${failedStep}`);
// Named here, at the end, where a log cut to its last lines still shows them.
for (const failure of failures) console.log(`  failed: ${failure}`);
console.log(`${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
