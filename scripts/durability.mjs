// `npm run durability`: proves that `npm run api -- --data-file` loses no acknowledged change when
// the process dies. 100 writers sign in concurrently for a minute (each answer is a new challenge
// saved in the store); in the middle the server is killed with SIGKILL and started again on the
// same file while the writers carry on; at the end it is killed again mid-write and started once
// more. Then every challenge whose 200 answer a writer received must still be there:
//
// - the server starts on the file (it parses; a store it could not read would be replaced by
//   the seed and say so in `GET /api/__mock/status`'s notices, which must be empty);
// - the file holds every acknowledged challenge id;
// - the restarted server knows them: `POST /api/auth/challenge/resend` answers anything but
//   `challenge_invalid` for a sample (the latest before each kill and an even spread), while a
//   made-up id does answer `challenge_invalid` (the check can fail).
//
//   node scripts/durability.mjs [--seconds 60] [--writers 100] [--port 0] [--keep]
//   node scripts/durability.mjs --writers 20 --kill-after-writes 40   (npm test)
// Exits 0 when nothing acknowledged was lost and no request answered 5xx.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { killHard, startApi } from './api-process.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    writers: { type: 'string', default: '100' },
    // 0: any free port (each restart may get another; the writers follow it).
    port: { type: 'string', default: process.env.DURABILITY_PORT ?? '0' },
    keep: { type: 'boolean', default: false },
    // Instead of the clock: each kill once this many more writes were acknowledged (the same
    // proof on a fast or a slow machine; `npm test` uses it).
    'kill-after-writes': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const writerCount = Number(values.writers);
const port = Number(values.port);
const killAfterWrites = values['kill-after-writes'] ? Number(values['kill-after-writes']) : null;
const STORE_KEY = 'zen-console-mock:db';
const accounts = [
  { email: 'alice@example.com', password: 'Alice#2026' },
  { email: 'bob@example.com', password: 'Bob#2026' },
];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const post = (origin, path, body) =>
  fetch(origin + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const dir = mkdtempSync(join(tmpdir(), 'zen-durability-'));
const dataFile = join(dir, 'store.json');
let origin = '';
const start = async () => {
  const server = await startApi({ port, args: ['--data-file', dataFile] });
  origin = server.origin;
  return server;
};

const acknowledged = [];
// Acknowledged just before each kill: the writes a lost fsync or rename would lose first.
const lastBeforeKill = [];
const stats = { refused: 0, serverErrors: 0, unexpected: [] };
let running = true;

async function writer(index) {
  const account = accounts[index % accounts.length];
  while (running) {
    try {
      const response = await post(origin, '/api/auth/sign-in', account);
      const text = await response.text();
      if (response.status === 200) acknowledged.push(JSON.parse(text).challenge.id);
      else if (response.status >= 500) stats.serverErrors += 1;
      else stats.unexpected.push(`${response.status} ${text.slice(0, 120)}`);
    } catch {
      // The server is down (killed) or the connection was cut mid-request: not acknowledged.
      stats.refused += 1;
      await sleep(20);
    }
  }
}

async function crashAndRestart(server) {
  await killHard(server);
  lastBeforeKill.push(...acknowledged.slice(-writerCount));
  return start();
}

async function checkStatus() {
  const status = await (await fetch(`${origin}/api/__mock/status`)).json();
  if (status.notices?.length) throw new Error(`the store did not load: ${status.notices}`);
}

/** Half the run: half the time, or until `killAfterWrites` more writes were acknowledged. */
async function half() {
  if (killAfterWrites === null) return sleep((seconds / 2) * 1000);
  const target = acknowledged.length + killAfterWrites;
  while (acknowledged.length < target) await sleep(10);
}

console.log(
  killAfterWrites === null
    ? `${writerCount} writers for ${seconds} s, kill -9 at ${seconds / 2} s and at the end`
    : `${writerCount} writers, kill -9 after ${killAfterWrites} acknowledged writes, twice`,
);
let server = await start();
const writers = Array.from({ length: writerCount }, (_, index) => writer(index));
await half();
const beforeFirstKill = acknowledged.length;
server = await crashAndRestart(server);
await checkStatus();
console.log(`killed after ${beforeFirstKill} acknowledged writes; restarted`);
await half();
await killHard(server);
lastBeforeKill.push(...acknowledged.slice(-writerCount));
running = false;
await Promise.all(writers);
console.log(`killed again after ${acknowledged.length} acknowledged writes`);

server = await start();
const failures = [];
try {
  await checkStatus();
  const store = JSON.parse(JSON.parse(readFileSync(dataFile, 'utf8'))[STORE_KEY]);
  const inFile = new Set(store.challenges.map((challenge) => challenge.id));
  const missing = acknowledged.filter((id) => !inFile.has(id));
  if (missing.length) failures.push(`${missing.length} acknowledged writes missing from the file`);

  const spread = acknowledged.filter((_, i) => i % Math.ceil(acknowledged.length / 200) === 0);
  const sample = [...new Set([...lastBeforeKill, ...spread])];
  const known = async (challengeId) => {
    const response = await post(origin, '/api/auth/challenge/resend', { challengeId });
    const body = await response.json();
    return response.status < 500 && body.error?.code !== 'challenge_invalid';
  };
  for (let i = 0; i < sample.length; i += 20) {
    const answers = await Promise.all(sample.slice(i, i + 20).map(known));
    const lost = answers.filter((ok) => !ok).length;
    if (lost) failures.push(`${lost} acknowledged challenges unknown to the restarted server`);
  }
  if (await known('chl_never_issued')) failures.push('a made-up challenge id was not refused');
  console.log(
    `checked: all ${acknowledged.length} in the file (${inFile.size} challenges there), ` +
      `${sample.length} through the restarted server`,
  );
} finally {
  await killHard(server);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`data file kept: ${dataFile}`);
}

if (stats.serverErrors) failures.push(`${stats.serverErrors} answers were 5xx`);
if (stats.unexpected.length) failures.push(`unexpected answers: ${stats.unexpected.slice(0, 3)}`);
if (acknowledged.length === 0) failures.push('no write was acknowledged: nothing was proven');
console.log(
  `${stats.refused} requests cut or refused while the server was down (not acknowledged)`,
);
console.log(failures.length ? `FAILED: ${failures.join('; ')}` : 'no acknowledged write was lost');
process.exit(failures.length ? 1 : 0);
