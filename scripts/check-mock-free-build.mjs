// A build for a real backend (`VITE_API_MOCKING=off`, `dist-real/` in npm test) must hold
// nothing of the simulated backend or its tools: no MSW, no mock-control paths, no scenarios, no
// review panel, no worker script. Checked on the built files, sources and text alike (the build
// itself also refuses mock modules: scripts/static-headers-plugin.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Sources (from the source maps) that must not be in the build. */
const forbiddenSources = [
  /node_modules\/(msw|@mswjs|otpauth|@simplewebauthn\/server)\//,
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
  'review-top-slot',
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
  const dir = process.argv[2] ?? 'dist-real';
  const violations = mockFreeViolations(dir);
  for (const violation of violations) console.log(`FAIL ${violation}`);
  if (violations.length > 0) process.exit(1);
  console.log(`ok   ${dir}/ (VITE_API_MOCKING=off) holds no simulated backend or review tools`);
}

main();
