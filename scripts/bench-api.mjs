// `npm run bench:api`: the simulated backend over HTTP (`npm run api`) under load, measured with
// autocannon on the loopback: requests per second, p50/p99 latency and errors for
//
// - `me`: a signed-in `GET /api/me` (each connection its own session);
// - `sign-in`: the password step, the mailed code read from `GET /api/__mock/mailbox`, and the
//   code sent back (`POST /api/auth/challenge/verify`): a whole sign-in with a second factor;
// - `password`: the password step alone (`POST /api/auth/sign-in`),
//
// at 1, 10 and 100 connections, with the store in memory and in a `--data-file`, each
// connection in its own world and all in one; then the server's memory before and after 10,000
// worlds, and as idle worlds are dropped (scripts/bench-api-memory.mjs). Writes
// bench/api-results.json and bench/api-load.md, and exits non-zero on any error or 5xx.
//
// Worlds (`--worlds own,one`): `own` makes every connection create its own world first (`POST
// /api/__mock/worlds`) and send `X-Mock-World` on each request; `one` has them all share the
// default world. There, concurrent sign-ins of one account cannot tell their mailed codes apart
// (a mailbox shows every code sent to the address), so the whole sign-in runs at one connection
// only and the password step stands in at 10 and 100; in its own world each connection signs in
// to its own Alice. A server without worlds runs `one` only.
//
//   node scripts/bench-api.mjs [--worlds own,one] [--duration 5] [--connections 1,10,100]
//                              [--world-count 10000]
//   BENCH_API_PORT: the server's port (default 4390)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startApi, stopApi } from './api-process.mjs';
import { measureWorldMemory } from './bench-api-memory.mjs';
import { writeLoadTable } from './bench-api-report.mjs';

const { values } = parseArgs({
  options: {
    worlds: { type: 'string', default: 'own,one' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10,100' },
    'world-count': { type: 'string', default: '10000' },
  },
});
const duration = Number(values.duration);
const connectionCounts = values.connections.split(',').map(Number);
const worldModes = values.worlds.split(',');
const port = Number(process.env.BENCH_API_PORT ?? 4390);
const alice = { email: 'alice@example.com', password: 'Alice#2026' };
const json = { 'content-type': 'application/json' };

/** One world's requests: its header, or none for the default world. */
const worldHeaders = (world) => (world ? { 'x-mock-world': world } : {});

async function call(origin, path, { world, body, cookie } = {}) {
  const response = await fetch(origin + path, {
    method: body ? 'POST' : 'GET',
    headers: { ...worldHeaders(world), ...(body ? json : {}), ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { response, body: text ? JSON.parse(text) : null };
}

const newestCode = (messages) => messages.find((m) => m.to === alice.email && m.code)?.code;

/** Alice signs in with her mailed code: the session cookie. Sequential within one world. */
async function signInAlice(origin, world) {
  const { body: signedIn } = await call(origin, '/api/auth/sign-in', { world, body: alice });
  const { body: mail } = await call(origin, '/api/__mock/mailbox', { world });
  const { response } = await call(origin, '/api/auth/challenge/verify', {
    world,
    body: { challengeId: signedIn.challenge.id, code: newestCode(mail.messages) },
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`Alice's sign-in failed (${response.status})`);
  return cookie;
}

async function createWorld(origin) {
  const { response, body } = await call(origin, '/api/__mock/worlds', { body: {} });
  if (!response.ok) throw new Error(`POST /api/__mock/worlds answered ${response.status}`);
  return body.world.id;
}

async function supportsWorlds(origin) {
  const response = await fetch(`${origin}/api/__mock/worlds`, {
    method: 'POST',
    headers: json,
    body: '{}',
  });
  return response.ok;
}

/** The requests of one flow, for autocannon; `setupClient` gives each connection its own state. */
function flowRequests(flow) {
  if (flow === 'me') return [{ method: 'GET', path: '/api/me' }];
  const signIn = {
    method: 'POST',
    path: '/api/auth/sign-in',
    headers: json,
    body: JSON.stringify(alice),
  };
  if (flow === 'password') return [signIn];
  return [
    {
      ...signIn,
      onResponse: (status, body, context) => (context.challenge = JSON.parse(body).challenge?.id),
    },
    {
      method: 'GET',
      path: '/api/__mock/mailbox',
      onResponse: (status, body, context) =>
        (context.code = newestCode(JSON.parse(body).messages ?? [])),
    },
    {
      method: 'POST',
      path: '/api/auth/challenge/verify',
      headers: json,
      setupRequest: (request, context) =>
        context.challenge && context.code
          ? {
              ...request,
              body: JSON.stringify({ challengeId: context.challenge, code: context.code }),
            }
          : null,
    },
  ];
}

async function prepareConnections(origin, flow, connections, worlds) {
  const perConnection = [];
  for (let i = 0; i < connections; i += 1) {
    const world = worlds ? await createWorld(origin) : undefined;
    const cookie = flow === 'me' ? await signInAlice(origin, world) : undefined;
    perConnection.push({ ...worldHeaders(world), ...(cookie ? { cookie } : {}) });
  }
  return perConnection;
}

async function measure(origin, flow, connections, worlds) {
  const perConnection = await prepareConnections(origin, flow, connections, worlds);
  let next = 0;
  const requests = flowRequests(flow);
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    requests,
    setupClient: (client) => {
      const extra = perConnection[next++ % perConnection.length];
      client.setRequests(requests.map((r) => ({ ...r, headers: { ...r.headers, ...extra } })));
    },
  });
  const status5xx = result['5xx'] ?? 0;
  return {
    flow,
    connections,
    worlds,
    requestsPerSecond: Math.round(result.requests.average),
    flowsPerSecond: Math.round((result.requests.total / requests.length / duration) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.resets,
    status5xx,
    requests: result.requests.total,
  };
}

function rssMegabytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The cells one connection count allows in the mode (see the header comment). */
function flowsFor(connections, ownWorlds) {
  if (ownWorlds || connections === 1) return ['me', 'sign-in'];
  return ['me', 'password'];
}

// A busy machine makes every figure worse, and this one may be shared: the file says how busy.
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const machine = { cores: cpus().length, uptimeBefore: uptime() };
const rows = [];
const memory = {};
const dir = mkdtempSync(join(tmpdir(), 'zen-bench-api-'));
try {
  for (const storage of ['memory', 'file']) {
    const args = storage === 'file' ? ['--data-file', join(dir, 'store.json')] : [];
    const server = await startApi({ port, args });
    try {
      const hasWorlds = await supportsWorlds(server.origin);
      if (!hasWorlds) console.log('the server has no worlds: one world for all');
      for (const mode of worldModes.filter((m) => m === 'one' || hasWorlds)) {
        const worlds = mode === 'own';
        for (const connections of connectionCounts) {
          for (const flow of flowsFor(connections, worlds)) {
            await call(server.origin, '/api/__mock/reset', { body: {} });
            const row = { storage, ...(await measure(server.origin, flow, connections, worlds)) };
            rows.push(row);
            console.log(JSON.stringify(row));
          }
        }
      }
      memory[storage] = { afterRunsMB: rssMegabytes(server.child.pid) };
    } finally {
      await stopApi(server);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const worldMemory = worldModes.includes('own')
  ? await measureWorldMemory({ count: Number(values['world-count']) })
  : null;
if (worldMemory) console.log(JSON.stringify(worldMemory));
machine.uptimeAfter = uptime();

const results = { date: new Date().toISOString(), duration, machine, rows, memory, worldMemory };
writeFileSync('bench/api-results.json', `${JSON.stringify(results, null, 2)}\n`);
writeLoadTable(results, 'bench/api-load.md');
// A row where no request finished within the duration measured nothing: lengthen --duration.
const failing = rows.filter((row) => row.errors > 0 || row.status5xx > 0 || row.requests === 0);
// Past the bound a creation is refused; once the worlds are idle they are gone.
const worldsHeld =
  !worldMemory ||
  (worldMemory.bound.created === worldMemory.bound.count &&
    worldMemory.bound.pastBound.status === 429 &&
    worldMemory.idle.answer.status === 201 &&
    worldMemory.idle.droppedAnswer.status === 404);
if (!worldsHeld) console.log('FAILED: the bound on worlds or the idle drop did not hold');
console.log(
  failing.length
    ? `FAILED: errors, or no request finished, in ${failing.length} cells`
    : 'no errors, no 5xx',
);
process.exit(failing.length || !worldsHeld ? 1 : 0);
