// The load bench's table (bench/api-load.md), from the results bench-api.mjs measured.
import { writeFileSync } from 'node:fs';

const flowNames = {
  me: 'signed-in `GET /api/me`',
  'sign-in': 'sign-in + mailed code (3 requests)',
  password: 'password step only',
};

function loadTable(rows) {
  const lines = [
    '| Store | Flow | Connections | Worlds | Requests/s | Flows/s | p50 | p99 | Errors | 5xx |',
    '| ----- | ---- | ----------: | ------ | ---------: | ------: | --: | --: | -----: | --: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.storage === 'file' ? '`--data-file`' : 'memory'} | ${flowNames[row.flow]} | ` +
        `${row.connections} | ${row.worlds ? 'one each' : 'one for all'} | ` +
        `${row.requestsPerSecond} | ${row.flowsPerSecond} | ${row.p50} ms | ${row.p99} ms | ` +
        `${row.errors} | ${row.status5xx} |`,
    );
  }
  return lines.join('\n');
}

export function writeLoadTable(results, file) {
  const memory = Object.entries(results.memory)
    .map(([storage, m]) => {
      const worlds = m.worlds
        ? `; after creating ${m.worlds.created} of ${m.worlds.requested} worlds: ${m.afterWorldsMB} MB` +
          (m.worlds.refusal ? ` (then refused: ${m.worlds.refusal})` : '')
        : '';
      return `- ${storage === 'file' ? 'with `--data-file`' : 'in memory'}: ${m.afterRunsMB} MB RSS after the runs${worlds}`;
    })
    .join('\n');
  const text = `# The simulated backend under load

Written by \`npm run bench:api\` (scripts/bench-api.mjs) on ${results.date.slice(0, 10)}: autocannon on the
loopback, ${results.duration} s per row, ${results.worlds ? 'each connection in its own world' : 'every connection in the one default world'}.
${results.load ? `Load average (1 min) ${results.load[0]} before, ${results.load[1]} after. ` : ''}Latencies are per request. Errors count connection errors, timeouts, non-2xx answers and sign-ins
whose code was not found; every row must show 0.

${loadTable(results.rows)}

The server's memory:

${memory}
`;
  writeFileSync(file, text);
}
