// The bench's closing table (see bench.mjs); bench/results.json holds the same numbers.
import { cpuSlowdown } from './bench-measure.mjs';

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const kb = (bytes) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
export const ms = (value) => (value === null ? '–' : `${Math.round(value)} ms`);

export function printTable({ conditions, pages, entryJsGzip, lazyChunksGzip, checks }) {
  console.log(
    `\n${conditions.runs} cold loads per page, interleaved; medians. 150 ms RTT, 1.6 Mbit/s, CPU ×${cpuSlowdown}.\n`,
  );
  const header = [
    'page',
    'email field',
    '× floor',
    'JS before form',
    'API req.',
    'backend ready',
    'LH perf',
    'a11y',
    'best pr.',
    'LCP (LH)',
  ];
  const lines = pages.map((p) => [
    p.page,
    ms(p.emailFieldMs),
    p.ratioToFloor.toFixed(2),
    kb(p.jsBeforeForm),
    String(p.apiRequestsBeforeForm),
    p.mockReadyAfterFormMs === null ? '–' : `+${ms(p.mockReadyAfterFormMs)}`,
    ...(p.lighthouse
      ? [
          p.lighthouse.performance,
          p.lighthouse.accessibility,
          p.lighthouse.bestPractices,
          ms(p.lighthouse.lcpMs),
        ].map(String)
      : ['–', '–', '–', '–']),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([row(header), row(widths.map((w) => '-'.repeat(w))), ...lines.map(row)].join('\n'));
  console.log(
    `\nsign-in entry (gzip): demo ${kb(entryJsGzip.demo)}, real backend ${kb(entryJsGzip.real)}`,
  );
  console.log('lazy chunks (gzip, demo):');
  for (const [name, bytes] of Object.entries(lazyChunksGzip.demo))
    console.log(`  ${name}: ${kb(bytes)}`);
  console.log('');
  for (const { name, ok } of checks) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);
}
