import { settleRecoveries } from './account-recovery';
import { setClockOffset } from './clock';
import { clearFaults } from './faults';
import { loadStore, type Store } from './schema';
import { createSeedStore } from './seed';
import { currentWorld, type World } from './storage';

export const STORE_KEY = 'zen-console-mock:db';

async function readStore({ storage, notices }: World): Promise<Store> {
  const loaded = loadStore(storage.read(STORE_KEY));
  if (loaded.store) return loaded.store;
  if ('notice' in loaded && loaded.notice && !notices.includes(loaded.notice))
    notices.push(loaded.notice);
  return createSeedStore();
}

function writeStore({ storage }: World, store: Store): void {
  storage.write(STORE_KEY, JSON.stringify(store));
}

/**
 * Runs `fn` alone: transactions queue behind each other (a promise chain as mutex), so two
 * submits of one code cannot both pass the replay check (SEC-7). Each one reads the store fresh,
 * because another tab may have written since, and saves it when `fn` returns, including after
 * an expected failure (returned as a value) so failure counters stick. A thrown error saves
 * nothing.
 */
export function transact<T>(fn: (store: Store) => T | Promise<T>): Promise<T> {
  // Per world: one world's transactions never wait for another's.
  const world = currentWorld();
  const run = world.queue.then(async () => {
    const store = await readStore(world);
    // Time-driven changes take effect before anything reads the store (a server's scheduled job).
    settleRecoveries(store);
    const result = await fn(store);
    writeStore(world, store);
    return result;
  });
  // The next transaction waits for this one whether it succeeded or not.
  world.queue = run.catch(() => undefined);
  return run;
}

/** Back to the seed: accounts, sessions, mailbox, clock offset and faults (mock control, tests). */
export function resetStore(): Promise<void> {
  return transact(async (store) => {
    Object.assign(store, await createSeedStore());
    setClockOffset(0);
    clearFaults();
  });
}
