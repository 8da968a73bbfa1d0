// A build for a real backend (`VITE_API_MOCKING=off`) must hold nothing of the simulated
// backend or its tools: no MSW, no mock-control paths, no scenarios, no review panel, no worker
// script. Built into a temporary folder and checked file by file, sources and text alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Sources (from the source maps) that must not be in the build. */
const forbiddenSources = [
  /node_modules\/(msw|@mswjs|otpauth)\//,
  /(^|\/)mocks\//,
  /src\/api\/mock-/,
];
/** Text that only the simulated backend and its tools contain. */
const forbiddenText = [
  '/api/__mock',
  'mockServiceWorker',
  'zen-console-mock:',
  'data-scenario',
  'setupWorker',
];

function filesBelow(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

export function mockFreeViolations(dir) {
  const violations = [];
  for (const file of filesBelow(dir)) {
    const name = relative(dir, file);
    if (name === 'mockServiceWorker.js') violations.push(`${name}: the mock worker is shipped`);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.map')) {
      for (const source of JSON.parse(text).sources ?? []) {
        if (forbiddenSources.some((pattern) => pattern.test(source)))
          violations.push(`${name}: holds ${source}`);
      }
      continue;
    }
    for (const marker of forbiddenText) {
      if (text.includes(marker)) violations.push(`${name}: contains "${marker}"`);
    }
  }
  return violations;
}

function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'mock-free-build-'));
  try {
    const build = spawnSync(
      './node_modules/.bin/vite',
      ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
      { stdio: 'inherit', env: { ...process.env, VITE_API_MOCKING: 'off' } },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
    const violations = mockFreeViolations(outDir);
    for (const violation of violations) console.log(`FAIL ${violation}`);
    if (violations.length > 0) process.exit(1);
    console.log(`ok   the VITE_API_MOCKING=off build holds no simulated backend or review tools`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
