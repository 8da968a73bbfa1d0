// `npm run api-docs`: docs/reference.html, a readable reference built from docs/openapi.json
// that works with no network. Redoc's scripts are inlined (--inlineBundle), its telemetry is
// off, and a Content-Security-Policy lets the page load nothing from anywhere: Redoc's
// "API docs by" logo (fetched from its CDN, unconditionally) then simply does not show.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const source = 'docs/openapi.json';
const target = 'docs/reference.html';
const csp = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  'worker-src blob:',
].join('; ');

const build = spawnSync(
  './node_modules/.bin/redocly',
  [
    'build-docs',
    source,
    '--inlineBundle',
    '--openapi.disableTelemetry=true',
    '--title',
    'zenConsole account security API',
    '-o',
    target,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const html = readFileSync(target, 'utf8');
const head = '<meta charset="utf8" />';
if (!html.includes(head) || /<script[^>]+src=|<link[^>]+href=["']?https?:/i.test(html)) {
  console.error(`${target}: unexpected page shape (a remote script or stylesheet?); not written.`);
  process.exit(1);
}
writeFileSync(
  target,
  html.replace(head, `${head}\n  <meta http-equiv="Content-Security-Policy" content="${csp}" />`),
);
console.log(`wrote ${target}: open it in a browser (no network needed).`);
