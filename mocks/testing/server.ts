import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetStore } from '../db/db';
import { installStorage } from '../db/storage';
import { server } from '../node';
import { MemoryStorage } from './memory-storage';

/** A moment 5 s into a 30 s time step, so codes computed in a test never straddle a boundary. */
export const TEST_START = new Date('2026-03-02T10:00:05Z');

/**
 * Wires a test file to the mock server: unhandled requests fail the test, every test starts
 * from the seed on a fresh fake `localStorage` with a frozen `Date` (time moves only through
 * the mock clock), and nothing leaks into the next test.
 */
export function setupMockServer(): { storage: () => MemoryStorage } {
  let storage = new MemoryStorage();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    // Only Date is faked: MSW's delay() and the Web Crypto calls still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_START);
    storage = new MemoryStorage();
    installStorage(storage);
    await resetStore();
  });
  afterEach(async () => {
    server.resetHandlers();
    await resetStore();
    vi.useRealTimers();
  });
  afterAll(() => server.close());
  return { storage: () => storage };
}
