/**
 * The security log's first page with 10,000 events (issue 15's budget: under 200 ms on the
 * simulated backend). Run: `npx tsx bench/activity-log.bench.ts`. It times what one request
 * costs the backend: reading the stored log (JSON and schema check, as every transaction
 * does), picking the page, and writing the store back. A logged measurement, never a test.
 */
import { findUserByEmail } from '#mocks/db/accounts';
import { listActivity } from '#mocks/db/activity';
import { transact } from '#mocks/db/db';
import { seedAccounts } from '#mocks/db/seed';
import { installStorage, MapStorage } from '#mocks/db/storage';
import { applyScenario } from '#mocks/scenarios/apply';

installStorage(new MapStorage());
const applied = await applyScenario('activity-long');
if (!applied.ok) throw new Error('the long-log scenario did not apply');

const timings: number[] = [];
for (let run = 0; run < 30; run += 1) {
  const started = performance.now();
  const page = await transact((store) => {
    const user = findUserByEmail(store, seedAccounts.bob.email);
    if (!user) throw new Error('no Bob');
    return listActivity(store, user, {});
  });
  JSON.stringify(page);
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.floor(q * (timings.length - 1))]?.toFixed(1);
console.warn(
  `first page of 10,000 events: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`,
);
