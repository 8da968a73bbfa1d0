// The bench's closing table (see bench.mjs), printed and written to bench/front-door.md;
// bench/results.json holds the same numbers.
import { cpuSlowdown } from './bench-measure.mjs';

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const kb = (bytes) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
export const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`);

const conditionsLine = ({ runs, lighthouseRuns, network, chromium, lighthouse, loadAverage }) =>
  `${runs} cold loads per page, interleaved, medians; ${network.latency} ms RTT, ` +
  `${(network.downloadThroughput * 8) / 1e6} Mbit/s down, CPU ×${cpuSlowdown}; Chromium ${chromium}; ` +
  `Lighthouse ${lighthouse ?? '–'} mobile (simulated throttling), ${lighthouseRuns} run(s) per page, ` +
  `gzip; load average ${loadAverage.before.join(' / ')} before, ${loadAverage.after.join(' / ')} after.`;

const header = [
  'build',
  'lang',
  'URL',
  'email field',
  '× floor',
  'JS before form',
  'all before form',
  'backend ready after 1st move',
  'LH perf',
  'a11y',
  'best pr.',
  'FCP',
  'LCP',
  'TBT',
  'CLS',
];

function cellsOf(p) {
  const l = p.lighthouse;
  return [
    p.build,
    p.language,
    p.url,
    ms(p.emailFieldMs),
    p.ratioToFloor.toFixed(2),
    kb(p.jsBeforeForm),
    `${kb(p.bytesBeforeForm)} (${p.requestsBeforeForm} req.)`,
    p.mockReadyAfterMoveMs === null ? '–' : `+${ms(p.mockReadyAfterMoveMs)}`,
    ...(l
      ? [
          String(l.performance),
          String(l.accessibility),
          String(l.bestPractices),
          ms(l.fcpMs),
          ms(l.lcpMs),
          ms(l.tbtMs),
          String(l.cls),
        ]
      : ['–', '–', '–', '–', '–', '–', '–']),
  ];
}

function table(pages) {
  const lines = pages.map(cellsOf);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n');
}

const checkLines = (checks) => checks.map(({ name, ok }) => `${ok ? 'ok  ' : 'MISS'} ${name}`);

export function printTable({ conditions, pages, entryJsGzip, lazyChunksGzip, checks }) {
  console.log(`\n${conditionsLine(conditions)}\n`);
  console.log(table(pages));
  console.log(
    `\nsign-in entry (gzip): demo ${kb(entryJsGzip.demo)}, real backend ${kb(entryJsGzip.real)}`,
  );
  console.log('lazy chunks (gzip, demo):');
  for (const [name, bytes] of Object.entries(lazyChunksGzip.demo))
    console.log(`  ${name}: ${kb(bytes)}`);
  console.log('');
  for (const line of checkLines(checks)) console.log(line);
}

/** bench/front-door.md: the run's table, written by the bench (never by hand). */
export function frontDoorMarkdown({ date, conditions, targets, pages, entryJsGzip, checks }) {
  const missed = checks.filter((check) => !check.ok).length;
  return [
    '# The front door: time to the sign-in form',
    '',
    'Written by `npm run bench` (scripts/bench.mjs) from the run of ' +
      `${date.slice(0, 16).replace('T', ' ')} UTC; the same numbers are in bench/results.json. ` +
      'What it measures and why: [docs/bench.md](../docs/bench.md).',
    '',
    `Conditions: ${conditionsLine(conditions)}`,
    '',
    'The floor (bench/floor: a bare React + React Router + TanStack Query sign-in page) is ' +
      'English only; each page, in either language, is compared with the floor at the same URL ' +
      'in the same run. "email field": the start of the first frame that draws the email field; ' +
      '"JS before form", "all before form": bytes transferred (gzip) before that frame.',
    '',
    table(pages),
    '',
    `Targets: time < ${targets.ratio.toFixed(1)}× the floor; Lighthouse performance ≥ ` +
      `${targets.performance}, accessibility ${targets.accessibility}, best practices ` +
      `${targets.bestPractices}. Sign-in entry (gzip): demo ${kb(entryJsGzip.demo)}, ` +
      `real backend ${kb(entryJsGzip.real)}.`,
    '',
    missed === 0 ? 'Every target met.' : `${missed} check(s) missed.`,
    '',
    '```',
    ...checkLines(checks),
    '```',
    '',
  ].join('\n');
}
