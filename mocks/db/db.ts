import { settleRecoveries } from './account-recovery';
import { setClockOffset } from './clock';
import { clearFaults } from './faults';
import { LOG_KEY, logWrite, readLog } from './log-storage';
import { loadStore, type SecurityEventRecord, type Store } from './schema';
import { createSeedStore } from './seed';
import { currentWorld, type World } from './storage';

export const STORE_KEY = 'zen-console-mock:db';

/** A store as read: the stored text of its own key, and the log records it was handed. */
type Read = { store: Store; text: string | null; log: readonly SecurityEventRecord[] | null };

async function readStore(world: World): Promise<Read> {
  const text = world.storage.read(STORE_KEY);
  const loaded = loadStore(text);
  const log = loaded.store ? readLog(world) : null;
  if (loaded.store && log?.status === 'read') {
    // A copy of the array: the transaction may add and prune; the records themselves are frozen.
    loaded.store.securityEvents = [...log.events];
    return { store: loaded.store, text, log: log.events };
  }
  // No log of its own yet: a store from before the split keeps the events it held in its key.
  if (loaded.store && log?.status === 'absent') return { store: loaded.store, text, log: null };
  const notice =
    log?.status === 'unreadable' ? 'reset_unreadable' : 'notice' in loaded && loaded.notice;
  if (notice && !world.notices.includes(notice)) world.notices.push(notice);
  return { store: await createSeedStore(), text, log: null };
}

/**
 * Writes only what changed: the log when events were added or pruned, the rest when its text
 * differs from what was read. A transaction that only reads writes nothing, so it cannot undo
 * what another tab wrote meanwhile either. The log goes first: it is the large one, the write
 * a full browser storage refuses, and it is refused before the rest is written (storage.ts).
 */
function writeStore(world: World, { store, text, log }: Read): void {
  const { securityEvents, ...rest } = store;
  const nextLog = logWrite(securityEvents, log);
  const nextText = JSON.stringify(rest);
  const entries: [string, string][] = [];
  if (nextLog) entries.push([LOG_KEY, nextLog.text]);
  if (nextText !== text) entries.push([STORE_KEY, nextText]);
  if (entries.length > 0) world.storage.writeAll(entries);
  if (nextLog) world.log = nextLog;
}

/**
 * Runs `fn` alone: transactions queue behind each other (a promise chain as mutex), so two
 * submits of one code cannot both pass the replay check (SEC-7). Each one reads the store fresh,
 * because another tab may have written since (the log's parse is reused while its stored text
 * is unchanged, log-storage.ts), and saves what changed when `fn` returns, including after an
 * expected failure (returned as a value) so failure counters stick. A thrown error saves
 * nothing.
 */
export function transact<T>(fn: (store: Store) => T | Promise<T>): Promise<T> {
  // Per world: one world's transactions never wait for another's.
  const world = currentWorld();
  const run = world.queue.then(async () => {
    const read = await readStore(world);
    // Time-driven changes take effect before anything reads the store (a server's scheduled job).
    settleRecoveries(read.store);
    const result = await fn(read.store);
    writeStore(world, read);
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
