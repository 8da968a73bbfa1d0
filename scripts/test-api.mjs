// `npm run test:api`: the handler tests (mocks/handlers/*.test.ts) and the contract's property
// tests (mocks/contract/*.property.test.ts) against a live HTTP server instead of in-process. With API_BASE_URL set they use that server (which must run with
// `--fixed-time 2026-03-02T10:00:05.000Z`, the tests' TEST_START); otherwise this starts
// `mocks/http.ts` on a free port, runs them, and stops it. Extra arguments go to Vitest.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

// Must equal TEST_START in mocks/testing/server.ts; the tests check it and say so if not.
const TEST_START = '2026-03-02T10:00:05.000Z';

// In process every operation gets 1,000 property runs; over the wire, where each is a real
// request, 100 hold it to the same checks (PROPERTY_RUNS overrides either).
const HTTP_PROPERTY_RUNS = '100';

function runVitest(baseUrl) {
  // Files side by side: each acts in a world of its own on the one server (mocks/testing/client.ts),
  // but for mocks/handlers/worlds.test.ts, the only one in the default world.
  const args = ['run', 'mocks/handlers', 'mocks/contract', ...process.argv.slice(2)];
  const result = spawnSync('./node_modules/.bin/vitest', args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      API_BASE_URL: baseUrl,
      PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? HTTP_PROPERTY_RUNS,
    },
  });
  return result.status ?? 1;
}

function startServer() {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/http.ts', '--port', '0', '--fixed-time', TEST_START],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the API server exited (${code})`)));
    createInterface({ input: server.stdout }).once('line', (line) => {
      const match = /http:\/\/\S+/.exec(line);
      if (match) resolve(match[0]);
      else reject(new Error(`unexpected first line from the API server: ${line}`));
    });
  });
  return { server, url };
}

if (process.env.API_BASE_URL) {
  process.exit(runVitest(process.env.API_BASE_URL));
} else {
  const { server, url } = startServer();
  let status = 1;
  try {
    const baseUrl = await url;
    console.log(`handler tests over HTTP against ${baseUrl}`);
    status = runVitest(baseUrl);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    server.kill('SIGTERM');
  }
  process.exit(status);
}
