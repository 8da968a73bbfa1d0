// Size budgets for what the sign-in screen downloads before it paints, checked on `dist/`.
// Deterministic (bytes, not timings), so it runs in `npm test`; `npm run bench` adds timings.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
export const budgets = { entryJsGzip: 165 * 1024, entryCssGzip: 12 * 1024 };
/** Heavy or mock-only code that must load after the first paint, never in the entry. */
const forbidden = [
  /node_modules\/(msw|@mswjs|otpauth|qrcode\.react)\//,
  /(^|\/)mocks\//,
  /src\/features\/mfa\/components\/(enable|enrollment|wizard|recovery|disable|regenerate)/,
  // The contract (zod) loads with the first request; the console after sign-in.
  /node_modules\/zod\//,
  /src\/api\/(auth|user|errors|codes|mfa|client|mock-[a-z-]+)\.ts$/,
  /src\/(app\/console-layout|app\/account-menu|routes\/home|routes\/profile-settings)\.tsx$/,
  /src\/i18n\/locales\/zh-CN\//,
];

export function entryReport(dir = dist) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const seen = new Set();
  const css = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const file of manifest[key].css ?? []) css.add(file);
    for (const next of manifest[key].imports ?? []) walk(next);
  };
  walk(entryKey);
  const jsFiles = [...seen].map((key) => manifest[key].file);
  const gzip = (file) => gzipSync(readFileSync(join(dir, file))).length;
  // Tiny generated chunks (the bundler's runtime) have no source map and no sources to check.
  const maps = jsFiles.map((file) => join(dir, `${file}.map`)).filter((map) => existsSync(map));
  const sources = maps.flatMap((map) => JSON.parse(readFileSync(map, 'utf8')).sources);
  return {
    jsFiles,
    cssFiles: [...css],
    entryJsGzip: jsFiles.reduce((sum, file) => sum + gzip(file), 0),
    entryCssGzip: [...css].reduce((sum, file) => sum + gzip(file), 0),
    forbiddenSources: sources.filter((source) => forbidden.some((pattern) => pattern.test(source))),
  };
}

function main() {
  const report = entryReport();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const failures = [];
  for (const key of ['entryJsGzip', 'entryCssGzip']) {
    const ok = report[key] <= budgets[key];
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${key}: ${kb(report[key])} gzip (budget ${kb(budgets[key])})`,
    );
    if (!ok) failures.push(key);
  }
  console.log(`     entry chunks: ${report.jsFiles.join(', ')}`);
  if (report.forbiddenSources.length > 0) {
    console.log(
      `FAIL entry holds code that must load later:\n  ${report.forbiddenSources.join('\n  ')}`,
    );
    failures.push('forbidden');
  } else {
    console.log('ok   entry holds no MSW, otpauth, qrcode.react, mocks or MFA wizard code');
  }
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
