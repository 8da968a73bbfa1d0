/**
 * The security log's first page with 10,000 events (issue 15's budget: under 200 ms on the
 * simulated backend). Run: `npm run bench:activity` (ACTIVITY_RUNS, default 200;
 * ACTIVITY_BUDGET_MS, default 200). It times what one `GET /api/activity` costs the backend: a
 * transaction that reads the store, picks the page and ends, plus the answer's JSON. Two cases:
 * - warm: the log's stored text is the one this backend last read (its parse is reused);
 * - changed: another writer (a second tab, a test) rewrote the log before each request, so the
 *   request parses and checks all 10,000 events again.
 * Prints median and p95 of each and exits non-zero when a p95 is over the budget. A logged
 * measurement for an idle machine (note the load average); no test asserts on it.
 */
import { loadavg } from 'node:os';
import { findUserByEmail } from '#mocks/db/accounts';
import { listActivity } from '#mocks/db/activity';
import { transact } from '#mocks/db/db';
import { LOG_KEY } from '#mocks/db/log-storage';
import { seedAccounts } from '#mocks/db/seed';
import { installStorage, MapStorage } from '#mocks/db/storage';
import { applyScenario } from '#mocks/scenarios/apply';

const runs = Number(process.env.ACTIVITY_RUNS ?? 200);
const budget = Number(process.env.ACTIVITY_BUDGET_MS ?? 200);

const backing = new MapStorage();
installStorage(backing);
const applied = await applyScenario('activity-long');
if (!applied.ok) throw new Error('the long-log scenario did not apply');

async function firstPage(): Promise<number> {
  const started = performance.now();
  const page = await transact((store) => {
    const user = findUserByEmail(store, seedAccounts.bob.email);
    if (!user) throw new Error('no Bob');
    return listActivity(store, user, {});
  });
  if (!page.ok || page.value.events.length === 0) throw new Error('no first page');
  JSON.stringify(page.value);
  return performance.now() - started;
}

/** Another writer's text for the same log: equal content, a different string. */
function rewriteLog(run: number): void {
  const text = backing.getItem(LOG_KEY);
  if (text === null) throw new Error('no log in storage');
  backing.setItem(LOG_KEY, run % 2 === 0 ? `${text} ` : text.trimEnd());
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1] ?? Number.NaN;

let over = false;
for (const [name, before] of [
  ['warm', () => undefined],
  ['changed', rewriteLog],
] as const) {
  const timings: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    before(run);
    timings.push(await firstPage());
  }
  const [median, p95] = [quantile(timings, 0.5), quantile(timings, 0.95)];
  over ||= p95 > budget;
  console.warn(
    `first page of 10,000 events, ${name.padEnd(7)} median ${median.toFixed(1)} ms, ` +
      `p95 ${p95.toFixed(1)} ms, max ${Math.max(...timings).toFixed(1)} ms`,
  );
}
const load = loadavg().map((value) => value.toFixed(1));
console.warn(`${runs} requests each; load average ${load.join(' ')}; budget ${budget} ms`);
process.exitCode = over ? 1 : 0;
