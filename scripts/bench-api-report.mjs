// The load bench's table (bench/api-load.md), from the results bench-api.mjs measured. Prettier
// aligns it afterwards, so `prettier --check .` stays green after every run.
import { spawnSync } from 'node:child_process';
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

const row = (when, m) => `| ${when} | ${m.rss} MB | ${m.heapUsed} MB |`;

function worldsSection(w) {
  if (!w) return 'Not measured in this run (`--worlds` without `own`).';
  const { bound, idle } = w;
  const perWorld = (key) =>
    Math.round(((bound.after[key] - bound.before[key]) * 1024) / bound.created);
  const n = (count) => count.toLocaleString('en');
  const past = bound.pastBound;
  return `Each on a server of its own, store in memory, \`--max-worlds ${bound.count}\`, memory read
after a full collection (\`node --expose-gc\`, scripts/bench-memory-probe.mjs). Worlds are
created 8 at a time.

| When | RSS | Heap in use |
| ---- | --: | ----------: |
${row('fresh server', bound.before)}
${row(`after ${n(bound.created)} worlds (made in ${bound.seconds} s)`, bound.after)}
${row(`another fresh server, \`--world-idle-minutes 1\``, idle.before)}
${row(`after ${n(idle.created)} worlds (as many as 30 s make)`, idle.withWorlds)}
${row('a minute idle, then one creation', idle.afterDrop)}

About ${perWorld('heapUsed')} kB of heap and ${perWorld('rss')} kB of RSS per world. ${bound.refusal ? `Creation was refused early: ${bound.refusal}. ` : ''}One more world past the bound answered ${past.status}
\`${past.code}\` with \`Retry-After: ${past.retryAfter}\` (seconds until the least recently used world
is dropped). After the idle minute a creation answered ${idle.answer.status}, and the first
world's name answered ${idle.droppedAnswer.status} \`${idle.droppedAnswer.code}\`: it was dropped. The idle time is
wall-clock time (the mock clock does not move it), so this waits a real minute; one minute is
the shortest \`npm run api\` accepts, the default is 30. V8 keeps some freed pages, so RSS falls
less than the heap.`;
}

export function writeLoadTable(results, file) {
  const memory = Object.entries(results.memory)
    .map(
      ([storage, m]) =>
        `- ${storage === 'file' ? 'with `--data-file`' : 'in memory'}: ${m.afterRunsMB} MB RSS after the runs`,
    )
    .join('\n');
  const { machine } = results;
  const text = `# The simulated backend under load

Written by \`npm run bench:api\` (scripts/bench-api.mjs) on ${results.date.slice(0, 10)}: autocannon on the
loopback, ${results.duration} s per row, each connection in its own world ("one each") and all
in the default world ("one for all"). Latencies are per request. Errors count connection errors,
timeouts, non-2xx answers and sign-ins whose code was not found; every row must show 0.

The machine: ${machine.cores} cores, shared with other jobs while this ran, so every figure is
below an idle machine's; compare rows of one run, not runs on different days. \`uptime\`:

- before: \`${machine.uptimeBefore}\`
- after: \`${machine.uptimeAfter}\`

${loadTable(results.rows)}

With \`--data-file\` only the default world lives in the file; other worlds are kept in memory
(docs/http-backend.md), so the "one each" rows there show the file's server without its writes.

The server's memory after the runs:

${memory}

## ${results.worldMemory ? `After ${results.worldMemory.bound.count.toLocaleString('en')} worlds` : 'Worlds'}

${worldsSection(results.worldMemory)}
`;
  writeFileSync(file, text);
  spawnSync('./node_modules/.bin/prettier', ['--write', '--log-level', 'warn', file], {
    stdio: 'inherit',
  });
}
