// Starts `mocks/http.ts` as a child process for the load bench and the durability proof: one
// process (node with tsx loaded), so `kill -9` stops the server itself, not a wrapper.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Resolves once the server has printed its URL, with `{ child, origin, exited }`. `args` are
 * `npm run api` options (`--data-file f`, `--fixed-time t`, …); the port is given or free.
 * `memoryProbe`: the server also answers `readMemory` (scripts/bench-memory-probe.mjs).
 */
export function startApi({ port = 0, args = [], memoryProbe = false } = {}) {
  const probe = memoryProbe ? ['--expose-gc', '--import', './scripts/bench-memory-probe.mjs'] : [];
  const child = spawn(
    process.execPath,
    [
      ...probe,
      '--import',
      'tsx',
      'mocks/http.ts',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'inherit', ...(memoryProbe ? ['ipc'] : [])] },
  );
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the API server exited (${code}) before it listened`)),
    );
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /http:\/\/\S+/.exec(line);
      if (match) resolve({ child, origin: match[0], exited });
      else reject(new Error(`unexpected first line from the API server: ${line}`));
    });
  });
}

/** The server's memory in MB after a full collection: `{ rss, heapUsed }` (needs memoryProbe). */
export function readMemory({ child }) {
  const megabytes = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return new Promise((resolve) => {
    child.once('message', ({ memory }) =>
      resolve({ rss: megabytes(memory.rss), heapUsed: megabytes(memory.heapUsed) }),
    );
    child.send('memory');
  });
}

/** Stops the server like a crash would (SIGKILL: no handler runs, nothing is flushed). */
export async function killHard({ child, exited }) {
  child.kill('SIGKILL');
  await exited;
}

/** A graceful stop (SIGTERM), for the end of a bench. */
export async function stopApi({ child, exited }) {
  child.kill('SIGTERM');
  await exited;
}
