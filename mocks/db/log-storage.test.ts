import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isolateWorlds } from '../server/world-scope';
import { MemoryStorage } from '../testing/memory-storage';
import { findUserByEmail } from './accounts';
import { STORE_KEY, transact } from './db';
import { LOG_KEY } from './log-storage';
import { securityLogSchema, type SecurityEventRecord, type Store } from './schema';
import { seedAccounts } from './seed';
import { recordSecurityEvent } from './security-log';
import { installStorage, newWorld, runInWorld, type World } from './storage';

// Two worlds over one storage are two tabs over one localStorage: each has its own queue and
// its own cached log, and neither hears of the other's writes except through storage.
isolateWorlds();
let storage: MemoryStorage;
let tabA: World;
let tabB: World;

beforeEach(() => {
  storage = new MemoryStorage();
  tabA = newWorld('tab-a', storage);
  tabB = newWorld('tab-b', storage);
});
afterEach(() => installStorage(new MemoryStorage()));

const client = { address: '192.0.2.1', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' };

function inTab<T>(tab: World, fn: (store: Store) => T | Promise<T>): Promise<T> {
  return runInWorld(tab, () => transact(fn));
}

/** Bob enters sudo mode in `tab`: one new event. */
function logEvent(tab: World): Promise<SecurityEventRecord> {
  return inTab(tab, (store) => {
    const bob = findUserByEmail(store, seedAccounts.bob.email);
    if (!bob) throw new Error('no Bob');
    return recordSecurityEvent(store, bob, client, 'sudo_entered');
  });
}

const eventIds = (tab: World) => inTab(tab, (store) => store.securityEvents.map((e) => e.id));
const storedLog = () => securityLogSchema.parse(JSON.parse(storage.getItem(LOG_KEY) ?? 'null'));
const storedStore = () => JSON.parse(storage.getItem(STORE_KEY) ?? 'null') as object;

describe('the security log in storage', () => {
  it('lives under its own key, not in the store’s', async () => {
    const event = await logEvent(tabA);
    expect(storedLog().map((e) => e.id)).toEqual([event.id]);
    expect(storedStore()).not.toHaveProperty('securityEvents');
  });

  it('sees another tab’s new event on the next transaction, never the cached log', async () => {
    const first = await logEvent(tabA);
    await expect(eventIds(tabA)).resolves.toEqual([first.id]);
    const second = await logEvent(tabB);
    await expect(eventIds(tabA)).resolves.toEqual([first.id, second.id]);
  });

  it('sees a change that keeps the length, made by any writer of the storage', async () => {
    await logEvent(tabA);
    await eventIds(tabA);
    const [event] = storedLog();
    storage.setItem(LOG_KEY, JSON.stringify([{ ...event, kind: 'signed_in' }]));
    await expect(inTab(tabA, (store) => store.securityEvents[0]?.kind)).resolves.toBe('signed_in');
  });

  it('loses neither tab’s events when two tabs take turns', async () => {
    const written: string[] = [];
    for (let turn = 0; turn < 6; turn += 1)
      written.push((await logEvent(turn % 2 === 0 ? tabA : tabB)).id);
    expect(storedLog().map((e) => e.id)).toEqual(written);
    await expect(eventIds(tabA)).resolves.toEqual(written);
  });

  it('writes nothing for a transaction that only reads, so another tab’s write stays', async () => {
    await logEvent(tabA);
    // The seed's text is written in the seed's key order; the next write settles it.
    await inTab(tabB, () => undefined);
    const setItem = vi.spyOn(storage, 'setItem');
    const reading = inTab(tabA, async (store) => {
      // Another tab writes while this transaction is between its read and its end.
      await inTab(tabB, (other) => {
        other.users[0]!.name = 'Renamed In Another Tab';
      });
      await logEvent(tabB);
      return store.securityEvents.length;
    });
    await expect(reading).resolves.toBe(1);
    expect(setItem.mock.calls.map(([key]) => key)).toEqual([STORE_KEY, LOG_KEY]);
    expect(storedLog()).toHaveLength(2);
    expect(storedStore()).toMatchObject({ users: [{ name: 'Renamed In Another Tab' }, {}] });
  });

  it('keeps neither storage nor its cached log changed by a transaction that throws', async () => {
    const kept = await logEvent(tabA);
    const before = storage.getItem(LOG_KEY);
    const adding = logEvent(tabA).then(() => {
      throw new Error('after the event');
    });
    await expect(adding).rejects.toThrow('after the event');
    const failing = inTab(tabA, (store) => {
      store.securityEvents.push({ ...kept, id: 'evt_unsaved' });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    // Records are frozen: changing one in place throws instead of altering the cache unseen.
    const editing = inTab(tabA, (store) => {
      const [event] = store.securityEvents;
      if (event) event.kind = 'signed_in';
    });
    await expect(editing).rejects.toThrow(TypeError);
    const ids = await eventIds(tabA);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain('evt_unsaved');
    expect(storage.getItem(LOG_KEY)).not.toBe(before);
    await expect(inTab(tabA, (store) => store.securityEvents[0]?.kind)).resolves.toBe(
      'sudo_entered',
    );
  });

  it('caches a new event as the schema stores it, as a fresh read would give it', async () => {
    await inTab(tabA, (store) => {
      const extra = {
        id: 'evt_x',
        userId: 'usr_bob',
        kind: 'sudo_entered' as const,
        at: 1,
        seq: 1,
      };
      const event = { ...extra, address: null, userAgent: '', factor: null, newDevice: false };
      store.securityEvents.push(Object.assign(event, { sessionId: 'never stored' }));
    });
    const cached = await inTab(tabA, (store) => store.securityEvents);
    const fresh = await inTab(newWorld('tab-c', storage), (store) => store.securityEvents);
    expect(cached).toEqual(fresh);
    expect(cached[0]).not.toHaveProperty('sessionId');
    expect(storage.getItem(LOG_KEY)).not.toContain('never stored');
  });

  it('refuses a new event the schema refuses, before writing anything', async () => {
    await logEvent(tabA);
    const before = [storage.getItem(STORE_KEY), storage.getItem(LOG_KEY)];
    const invalid = inTab(tabA, (store) => {
      store.users[0]!.name = 'Changed';
      const [event] = store.securityEvents;
      if (event) store.securityEvents.push({ ...event, at: Number.NaN });
    });
    await expect(invalid).rejects.toThrow();
    expect([storage.getItem(STORE_KEY), storage.getItem(LOG_KEY)]).toEqual(before);
  });

  it('starts over from the seed with a notice when the log is unreadable', async () => {
    await logEvent(tabA);
    storage.setItem(LOG_KEY, '[{"id":');
    await expect(eventIds(tabA)).resolves.toEqual([]);
    expect(tabA.notices).toEqual(['reset_unreadable']);
    expect(storedLog()).toEqual([]);
  });

  it('moves the events of a store saved before the split to their own key', async () => {
    const event = await logEvent(tabA);
    storage.setItem(STORE_KEY, JSON.stringify({ ...storedStore(), securityEvents: [event] }));
    storage.removeItem(LOG_KEY);
    await expect(eventIds(tabB)).resolves.toEqual([event.id]);
    expect(storedLog().map((e) => e.id)).toEqual([event.id]);
    expect(storedStore()).not.toHaveProperty('securityEvents');
    expect(tabB.notices).toEqual([]);
  });
});
