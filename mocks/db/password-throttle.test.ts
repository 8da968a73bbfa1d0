import { describe, expect, it } from 'vitest';
import {
  FORGET_AFTER_MS,
  MAX_RECORDS,
  checkPasswordThrottle,
  clientAddress,
  passwordWaitSeconds,
  recordPasswordFailure,
  recordPasswordSuccess,
} from './password-throttle';
import { loadStore, type Store } from './schema';
import { createSeedStore } from './seed';

const fails = (store: Store, n: number, email: string, address: string, at = 0) => {
  for (let i = 0; i < n; i += 1) recordPasswordFailure(store, email, address, at);
};
const check = (store: Store, email: string, address: string, at = 0) =>
  checkPasswordThrottle(store, email, address, at);
const waiting = (retryAfter: number) => ({
  ok: false,
  failure: { code: 'too_many_attempts', retryAfter },
});

describe('password throttle', () => {
  it('waits nothing for the free attempts, then 30 s doubling up to 5 min', () => {
    expect([0, 4].map((n) => passwordWaitSeconds(n, 5))).toEqual([0, 0]);
    expect([5, 6, 7, 8, 9, 50].map((n) => passwordWaitSeconds(n, 5))).toEqual([
      30, 60, 120, 240, 300, 300,
    ]);
    expect(passwordWaitSeconds(19, 20)).toBe(0);
    expect(passwordWaitSeconds(20, 20)).toBe(30);
  });

  it('throttles one email after 5 failures from any addresses, with the seconds left', async () => {
    const store = await createSeedStore();
    fails(store, 4, 'bob@example.com', 'a');
    expect(check(store, 'bob@example.com', 'a').ok).toBe(true);
    recordPasswordFailure(store, 'Bob@Example.com ', 'b', 0);
    expect(check(store, 'bob@example.com', 'c')).toEqual(waiting(30));
    expect(check(store, 'bob@example.com', 'c', 29_001)).toEqual(waiting(1));
    expect(check(store, 'bob@example.com', 'c', 30_000).ok).toBe(true);
    // Other accounts from a fresh address are not held up.
    expect(check(store, 'alice@example.com', 'c').ok).toBe(true);
  });

  it('counts unknown emails exactly like known ones (SEC-20)', async () => {
    const store = await createSeedStore();
    fails(store, 5, 'mallory@example.com', 'a');
    fails(store, 5, 'bob@example.com', 'b');
    expect(check(store, 'mallory@example.com', 'z')).toEqual(check(store, 'bob@example.com', 'z'));
  });

  it('throttles one address after 20 failures over many emails', async () => {
    const store = await createSeedStore();
    for (let i = 0; i < 20; i += 1) recordPasswordFailure(store, `u${i}@example.com`, 'a', 0);
    expect(check(store, 'alice@example.com', 'a')).toEqual(waiting(30));
    expect(check(store, 'alice@example.com', 'b').ok).toBe(true);
  });

  it('never locks: after any number of failures the wait is at most 5 min', async () => {
    const store = await createSeedStore();
    fails(store, 500, 'bob@example.com', 'a');
    expect(check(store, 'bob@example.com', 'b')).toEqual(waiting(300));
    expect(check(store, 'bob@example.com', 'b', 300_000).ok).toBe(true);
  });

  it('forgets a counter after an hour without failures', async () => {
    const store = await createSeedStore();
    fails(store, 9, 'bob@example.com', 'a');
    recordPasswordFailure(store, 'bob@example.com', 'a', FORGET_AFTER_MS);
    expect(check(store, 'bob@example.com', 'b', FORGET_AFTER_MS).ok).toBe(true);
    expect(store.passwordThrottle).toEqual([
      { key: 'email:bob@example.com', failures: 1, lastFailureAt: FORGET_AFTER_MS },
      { key: 'address:a', failures: 1, lastFailureAt: FORGET_AFTER_MS },
    ]);
  });

  it('clears the email on success but keeps the address count', async () => {
    const store = await createSeedStore();
    fails(store, 20, 'bob@example.com', 'a');
    recordPasswordSuccess(store, 'bob@example.com');
    expect(store.passwordThrottle.map((record) => record.key)).toEqual(['address:a']);
    expect(check(store, 'bob@example.com', 'a').ok).toBe(false);
  });

  it('keeps at most 1000 counters, the most recent', async () => {
    const store = await createSeedStore();
    for (let i = 0; i < 1200; i += 1) recordPasswordFailure(store, `u${i}@example.com`, 'a', i);
    expect(store.passwordThrottle).toHaveLength(MAX_RECORDS);
    expect(store.passwordThrottle.at(-1)?.key).toBe('address:a');
  });

  it('loads a store saved before the counters existed', async () => {
    const { passwordThrottle, ...old } = await createSeedStore();
    expect(passwordThrottle).toEqual([]);
    expect(loadStore(JSON.stringify(old)).store?.passwordThrottle).toEqual([]);
  });

  it('takes the client address only from the server-set header, never in the page', () => {
    const headers = new Headers({ 'x-zen-client-address': '203.0.113.7' });
    expect(clientAddress(headers, false)).toBe('203.0.113.7');
    expect(clientAddress(headers, true)).toBe('local');
    expect(clientAddress(new Headers(), false)).toBe('local');
    expect(clientAddress(new Headers({ 'x-zen-client-address': 'a b' }), false)).toBe('local');
  });
});
