import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { STORE_KEY, resetStore, transact } from './db';
import { fail } from './result';
import { STORE_VERSION, loadStore, storeSchema } from './schema';
import { seedAccounts } from './seed';
import { getNotices, getStorage, installStorage } from './storage';

let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  installStorage(storage);
});
afterEach(() => installStorage(new MemoryStorage()));

function persisted() {
  return storeSchema.parse(JSON.parse(storage.getItem(STORE_KEY) ?? 'null'));
}

describe('loading the store', () => {
  it('seeds a first visit without a notice and persists it', async () => {
    const emails = await transact((store) => store.users.map((user) => user.email));
    expect(emails).toEqual([seedAccounts.alice.email, seedAccounts.bob.email]);
    expect(persisted().version).toBe(STORE_VERSION);
    expect(getNotices()).toEqual([]);
  });

  it('resets unreadable JSON to the seed with a notice, without crashing', async () => {
    storage.setItem(STORE_KEY, '{"version":1,"users":[');
    await expect(transact((store) => store.users.length)).resolves.toBe(2);
    expect(getNotices()).toEqual(['reset_unreadable']);
    expect(persisted().users).toHaveLength(2);
  });

  it('resets JSON that fails the schema with a notice', async () => {
    storage.setItem(STORE_KEY, JSON.stringify({ version: STORE_VERSION, users: 'nobody' }));
    await transact(() => undefined);
    expect(getNotices()).toEqual(['reset_unreadable']);
  });

  it('resets an older version with its own notice', async () => {
    storage.setItem(STORE_KEY, JSON.stringify({ version: 0, accounts: [] }));
    await transact(() => undefined);
    expect(getNotices()).toEqual(['reset_old_version']);
    expect(persisted().version).toBe(STORE_VERSION);
  });

  it('treats a newer or missing version as unreadable', () => {
    expect(loadStore(JSON.stringify({ version: STORE_VERSION + 1 }))).toEqual({
      store: null,
      notice: 'reset_unreadable',
    });
    expect(loadStore('null')).toEqual({ store: null, notice: 'reset_unreadable' });
    expect(loadStore(null)).toEqual({ store: null });
  });

  it('keeps working in memory when localStorage refuses writes', async () => {
    storage.failWrites = true;
    await transact((store) => {
      store.mailbox = [];
    });
    expect(getStorage().mode).toBe('memory');
    expect(getNotices()).toEqual(['memory_only']);
    await expect(transact((store) => store.users.length)).resolves.toBe(2);
  });
});

describe('transact', () => {
  it('reads the store fresh each time, so another tab’s write is seen', async () => {
    await transact(() => undefined);
    const written = persisted();
    written.users[0]!.name = 'Renamed In Another Tab';
    storage.setItem(STORE_KEY, JSON.stringify(written));
    await expect(transact((store) => store.users[0]!.name)).resolves.toBe('Renamed In Another Tab');
  });

  it('runs one transaction at a time, in order', async () => {
    const order: string[] = [];
    const slow = transact(async (store) => {
      order.push('slow start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      store.users[0]!.throttle.failures += 1;
      order.push('slow end');
    });
    const fast = transact((store) => {
      order.push('fast');
      store.users[0]!.throttle.failures += 1;
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow start', 'slow end', 'fast']);
    expect(persisted().users[0]!.throttle.failures).toBe(2);
  });

  it('saves changes made before an expected failure returned as a value', async () => {
    const result = await transact((store) => {
      store.users[1]!.throttle.failures = 3;
      return fail('invalid_code');
    });
    expect(result.ok).toBe(false);
    expect(persisted().users[1]!.throttle.failures).toBe(3);
  });

  it('saves nothing when the transaction throws, and the next one still runs', async () => {
    await transact(() => undefined);
    const failing = transact((store) => {
      store.users = [];
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    await expect(transact((store) => store.users.length)).resolves.toBe(2);
  });

  it('resetStore brings back the seed', async () => {
    await transact((store) => {
      store.sessions.push({
        id: 's',
        userId: 'usr_bob',
        createdAt: 0,
        lastSeenAt: 0,
        sudoUntil: null,
        handle: 'h',
        address: null,
        userAgent: '',
      });
    });
    await resetStore();
    expect(persisted().sessions).toEqual([]);
  });
});
