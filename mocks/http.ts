/**
 * `npm run api`: the simulated backend over real HTTP, for a backend team reading the contract,
 * for QA, and for the real-backend build's end-to-end tests. It runs the same handlers as the
 * page's service worker (never a second implementation), with the store in memory or in a file.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fixBaseTime } from './db/clock';
import { STORE_KEY, resetStore } from './db/db';
import { MapStorage, installStorage } from './db/storage';
import { configureWorlds, dropIdleWorlds } from './db/worlds';
import { createApiServer } from './server/api-server';
import { FileStorage } from './server/file-storage';
import { parseOptions, usage } from './server/options';
import { isolateWorlds } from './server/world-scope';

function fatal(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  fatal(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
}
if (options === 'help') {
  process.stdout.write(usage);
  process.exit(0);
}

let storage: MapStorage | FileStorage;
try {
  storage = options.dataFile ? new FileStorage(resolve(options.dataFile)) : new MapStorage();
} catch (error) {
  fatal(error instanceof Error ? error.message : String(error));
}
installStorage(storage, { volatile: !options.dataFile });
if (options.fixedTime !== undefined) fixBaseTime(options.fixedTime);
// A new store starts from the seed; a data file that holds one carries on where it stopped.
if (storage.getItem(STORE_KEY) === null) await resetStore();
// Only the default world lives in the data file; the others are in memory (docs/http-backend.md).
isolateWorlds();
configureWorlds({ limit: options.maxWorlds, idleMinutes: options.worldIdleMinutes });
// Idle worlds go even when nobody creates new ones; the timer never keeps the process up.
setInterval(dropIdleWorlds, 60_000).unref();

const server = createApiServer({ staticDir: options.staticDir, trustProxy: options.trustProxy });
server.on('error', (error) => fatal(`cannot listen: ${error.message}`));
server.listen(options.port, options.host, () => {
  const { port } = server.address() as AddressInfo;
  const what = options.staticDir ? `app (${options.staticDir}) and API` : 'API';
  const where = options.dataFile ? `store in ${options.dataFile}` : 'store in memory';
  // The first line names the URL; scripts that start the server on port 0 read it.
  process.stdout.write(`zenConsole mock ${what} on http://${options.host}:${port} (${where})\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
