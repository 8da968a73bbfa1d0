// What the sign-in screen downloads before it draws, checked on `dist/` (bytes, not timings,
// so it runs in `npm test`). size-limit owns the byte budgets (package.json "size-limit");
// this script proves they cover every file the entry loads and that heavy or mock-only code
// stays out of it. `npm run bench` also uses these reports.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { firstScreenFiles } from './first-screen-files.mjs';

/** Heavy, mock-only or later-screen code that must load after the first paint, never in the entry. */
const forbidden = [
  /node_modules\/(msw|@mswjs|otpauth|qrcode\.react|@simplewebauthn)\//,
  /(^|\/)mocks\//,
  /src\/features\/mfa\/components\/(enable|enrollment|wizard|recovery|disable|regenerate)/,
  // The contract (zod) loads with the first request; the console after sign-in.
  /node_modules\/zod\//,
  /src\/api\/(auth|user|errors|codes|mfa|client|mock-[a-z-]+)\.ts$/,
  /src\/(app\/console-layout\.tsx|app\/account-menu\.tsx|routes\/console\/)/,
  /src\/i18n\/locales\/zh-CN\//,
];

const isAppSource = (source) => /^src\/.*\.tsx?$/.test(source);
const readManifest = (dir) => JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const gzipBytes = (dir, file) => gzipSync(readFileSync(join(dir, file))).length;
const sourcesOf = (dir, file) =>
  existsSync(join(dir, `${file}.map`))
    ? JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')).sources
    : [];

/** Manifest keys a chunk loads statically (itself included). */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(manifest, next, seen);
  return seen;
}

/**
 * Manifest keys the sign-in screen loads: the page's script (src/entry.ts), then the app it
 * starts once the page has painted (src/main.tsx), with what each loads statically. The
 * entry's other dynamic import, the simulated backend for a demo scenario link, is not loaded
 * at /sign-in.
 */
function signInClosure(manifest) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const keys = closure(manifest, entryKey);
  if (!manifest['src/main.tsx']) throw new Error('the manifest has no src/main.tsx');
  return closure(manifest, 'src/main.tsx', keys);
}

export function entryReport(dir = 'dist') {
  const manifest = readManifest(dir);
  const keys = [...signInClosure(manifest)];
  const jsFiles = keys.map((key) => manifest[key].file);
  const cssFiles = [...new Set(keys.flatMap((key) => manifest[key].css ?? []))];
  // Tiny generated chunks (the bundler's runtime) have no source map and no sources to check.
  const sources = jsFiles.flatMap((file) => sourcesOf(dir, file));
  return {
    jsFiles,
    cssFiles,
    entryJsGzip: jsFiles.reduce((sum, file) => sum + gzipBytes(dir, file), 0),
    entryCssGzip: cssFiles.reduce((sum, file) => sum + gzipBytes(dir, file), 0),
    forbiddenSources: sources.filter((source) => forbidden.some((pattern) => pattern.test(source))),
    appSources: [
      ...new Set(sources.map((source) => source.replace(/^(\.\.\/)+/, '')).filter(isAppSource)),
    ],
  };
}

/** Lazy parts worth watching: what each adds (gzip) to what the entry already loaded. */
const lazyParts = {
  'simulated backend (boot, MSW, handlers, store)': ['mocks/boot.ts', 'mocks/handlers/index.ts'],
  'MSW itself': ['node_modules/msw/lib/browser/index.mjs'],
  'review tools (mocks/review)': ['mocks/review/index.ts', 'mocks/review/mount.tsx'],
  'contract + sign-in request': ['src/features/auth/api/sign-in-request.ts'],
  'second-factor step': ['src/routes/sign-in-verify.tsx'],
  // The layout's chunk holds every console screen (src/routes/console/).
  console: ['src/app/console-layout.tsx'],
  'MFA wizard': ['src/features/mfa/components/enrollment/enrollment-wizard.tsx'],
  'security keys, browser half (@simplewebauthn/browser)': ['src/api/webauthn-ceremony.ts'],
  'add-key dialog': ['src/features/mfa/components/factors/add-key-dialog.tsx'],
};

export function lazyReport(dir = 'dist') {
  const manifest = readManifest(dir);
  const entry = signInClosure(manifest);
  const jsOf = (keys) => [...keys].filter((key) => !entry.has(key)).map((k) => manifest[k].file);
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(dir, file), 0);
  const report = {};
  for (const [name, roots] of Object.entries(lazyParts)) {
    const present = roots.filter((root) => manifest[root]);
    if (present.length === 0) continue;
    const keys = new Set(present.flatMap((root) => [...closure(manifest, root)]));
    report[name] = sum(jsOf(keys));
  }
  // QR code: the chunk(s) whose sources hold qrcode.react, wherever the bundler put it.
  const qr = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => sourcesOf(dir, file).some((source) => source.includes('qrcode.react')));
  if (qr.length) report[`QR code (qrcode.react, in ${qr.join(', ')})`] = sum(qr);
  const chinese = Object.keys(manifest).filter((key) => key.includes('locales/zh-CN/'));
  if (chinese.length) report['Chinese messages'] = sum(jsOf(chinese));
  return report;
}

/** The files size-limit measures for a budget, by its globs (`*` within one path segment). */
function matches(glob, file) {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern}$`).test(file);
}

function main() {
  const dir = process.argv[2] ?? 'dist';
  const report = entryReport(dir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const failures = [];
  const limits = JSON.parse(readFileSync('package.json', 'utf8'))['size-limit'] ?? [];
  const covered = (files, name) => {
    const budget = limits.find((limit) => limit.name === name);
    const globs = [budget?.path ?? []].flat().map((glob) => glob.replace(/^dist\//, ''));
    const measured = files.filter((file) => globs.some((glob) => matches(glob, file)));
    const missing = files.filter((file) => !measured.includes(file));
    if (!budget || missing.length) {
      console.log(`FAIL size-limit "${name}" does not measure: ${missing.join(', ') || 'all'}`);
      failures.push(name);
    } else console.log(`ok   size-limit "${name}" measures all ${files.length} files`);
  };
  covered(report.jsFiles, 'sign-in screen: JavaScript before the form works (hydration)');
  covered(report.cssFiles, 'sign-in screen: CSS before the form');
  console.log(`     entry: ${kb(report.entryJsGzip)} JS, ${kb(report.entryCssGzip)} CSS (gzip)`);
  if (report.forbiddenSources.length > 0) {
    console.log(
      `FAIL entry holds code that must load later:\n  ${report.forbiddenSources.join('\n  ')}`,
    );
    failures.push('forbidden');
  } else {
    console.log(
      'ok   entry holds no zod, MSW, mocks, otpauth, QR code, WebAuthn, wizard, console or Chinese',
    );
  }
  const unlisted = report.appSources.filter((file) => !firstScreenFiles.includes(file));
  const stale = firstScreenFiles.filter((file) => !report.appSources.includes(file));
  if (unlisted.length || stale.length) {
    console.log(
      `FAIL scripts/first-screen-files.mjs (the ESLint rule's list) is not what the entry holds:` +
        `${unlisted.map((file) => `\n  missing ${file}`).join('')}` +
        `${stale.map((file) => `\n  not in the entry ${file}`).join('')}`,
    );
    failures.push('first-screen list');
  } else
    console.log(
      `ok   the ESLint first-screen list names the entry's ${stale.length + report.appSources.length} source files`,
    );
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
