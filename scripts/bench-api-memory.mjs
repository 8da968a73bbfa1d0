// The load bench's memory figures, each on a server of its own with the store in memory
// (worlds other than the default one never reach a data file):
//
// - bound: the server's memory fresh and after 10,000 worlds (the default idle time, 30 min,
//   keeps them all), and what one more creation answers;
// - idle: a server with the shortest idle time `npm run api` accepts (one minute), given as
//   many worlds as it takes in 30 s (so none is idle yet), then left alone a minute: its memory
//   with the worlds and after one more creation has dropped the idle ones, and what a dropped
//   world's name answers.
import { setTimeout as sleep } from 'node:timers/promises';
import { readMemory, startApi, stopApi } from './api-process.mjs';

const IDLE_MINUTES = 1;
// Well inside the idle minute, so every world is still fresh when the memory is read.
const IDLE_FILL_MS = 30_000;
// A few creations in flight keep the server busy without one connection per world.
const CONCURRENCY = 8;

const newWorld = (origin) =>
  fetch(`${origin}/api/__mock/worlds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });

/** Creates up to `count` worlds (until `deadline`): `{ created, refusal, firstId, seconds }`. */
async function createWorlds(origin, count, deadline = Infinity) {
  const started = Date.now();
  let asked = 0;
  let created = 0;
  let refusal = null;
  let firstId = null;
  const creator = async () => {
    while (asked < count && !refusal && Date.now() < deadline) {
      asked += 1;
      const response = await newWorld(origin);
      const text = await response.text();
      if (!response.ok) refusal ??= `${response.status} ${text.slice(0, 160)}`;
      else {
        created += 1;
        firstId ??= JSON.parse(text).world.id;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, creator));
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  return { created, refusal, firstId, seconds };
}

/** What one more creation answers: its status, error code and `Retry-After`. */
async function oneMore(origin) {
  const response = await newWorld(origin);
  const body = await response.json();
  return {
    status: response.status,
    code: body.error?.code ?? null,
    retryAfter: response.headers.get('retry-after'),
  };
}

async function onServer(args, measure) {
  const server = await startApi({ args, memoryProbe: true });
  try {
    return await measure(server);
  } finally {
    await stopApi(server);
  }
}

/** Memory before and after `count` worlds, and the answer one past the bound. */
const measureBound = (count) =>
  onServer(['--max-worlds', String(count)], async (server) => {
    const before = await readMemory(server);
    const worlds = await createWorlds(server.origin, count);
    const after = await readMemory(server);
    const pastBound = await oneMore(server.origin);
    console.log(`${worlds.created} worlds in ${worlds.seconds} s; one more: ${pastBound.status}`);
    return { count, ...worlds, before, after, pastBound };
  });

/** Memory with the worlds 30 s make, and once they are dropped as idle. */
const measureIdleDrop = (count) =>
  onServer(
    ['--max-worlds', String(count), '--world-idle-minutes', String(IDLE_MINUTES)],
    async (server) => {
      const before = await readMemory(server);
      const worlds = await createWorlds(server.origin, count, Date.now() + IDLE_FILL_MS);
      const lastCreated = Date.now();
      const withWorlds = await readMemory(server);
      console.log(`${worlds.created} worlds; waiting ${IDLE_MINUTES} min for them to be idle…`);
      await sleep(lastCreated + IDLE_MINUTES * 60_000 + 2_000 - Date.now());
      // A creation drops the idle worlds first, so it succeeds and the others are gone.
      const answer = await oneMore(server.origin);
      const dropped = await fetch(`${server.origin}/api/__mock/status`, {
        headers: { 'x-mock-world': worlds.firstId },
      });
      const droppedAnswer = { status: dropped.status, code: (await dropped.json()).error?.code };
      const afterDrop = await readMemory(server);
      return { ...worlds, before, withWorlds, answer, droppedAnswer, afterDrop };
    },
  );

/** `{ bound, idle }`: see the header comment; memory in MB after a full collection. */
export async function measureWorldMemory({ count }) {
  const bound = await measureBound(count);
  const idle = await measureIdleDrop(count);
  return { bound, idle };
}
