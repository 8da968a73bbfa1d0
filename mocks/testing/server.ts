import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { mockPaths, mockStatusResponseSchema } from '#src/api/mock-control';
import { resetStore } from '../db/db';
import { installStorage } from '../db/storage';
import { server } from '../node';
import { apiBaseUrl, enterOwnWorld, worldHeaders } from './client';
import { MemoryStorage } from './memory-storage';

/** A moment 5 s into a 30 s time step, so codes computed in a test never straddle a boundary. */
export const TEST_START = new Date('2026-03-02T10:00:05Z');

/**
 * Wires a test file to the mock server: unhandled requests fail the test, every test starts
 * from the seed on a fresh fake `localStorage` with a frozen `Date` (time moves only through
 * the mock clock), and nothing leaks into the next test.
 *
 * With `API_BASE_URL` set the same tests run against a live `npm run api` server instead, which
 * must have been started with `--fixed-time` at `TEST_START` (`npm run test:api` does that):
 * the file acts in a world of its own there (`{ defaultWorld: true }`: the default one, for the
 * file about worlds), and each test resets it over HTTP. The local store then only mirrors the
 * clock offset, so that `now()` here is the server's time.
 */
export function setupMockServer({ defaultWorld = false } = {}): { storage: () => MemoryStorage } {
  let storage = new MemoryStorage();
  const startFresh = async () => {
    // Only Date is faked: MSW's delay() and the Web Crypto calls still need real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(TEST_START);
    storage = new MemoryStorage();
    installStorage(storage);
    await resetStore();
  };
  if (apiBaseUrl) {
    const base = apiBaseUrl;
    beforeEach(async () => {
      await startFresh();
      const reset = await fetch(`${base}${mockPaths.reset}`, {
        method: 'POST',
        headers: worldHeaders(),
      });
      expect(reset.status, `POST ${base}${mockPaths.reset}`).toBe(204);
    });
    beforeAll(async () => {
      if (!defaultWorld) await enterOwnWorld();
      await fetch(`${base}${mockPaths.reset}`, { method: 'POST', headers: worldHeaders() });
      const status = await fetch(`${base}${mockPaths.status}`, { headers: worldHeaders() });
      const { now } = mockStatusResponseSchema.parse(await status.json());
      const hint = `start the server with --fixed-time ${TEST_START.toISOString()}`;
      expect(now, hint).toBe(TEST_START.toISOString());
    });
  } else {
    beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
    beforeEach(startFresh);
    afterAll(() => server.close());
  }
  afterEach(async () => {
    server.resetHandlers();
    await resetStore();
    vi.useRealTimers();
  });
  return { storage: () => storage };
}

/**
 * A test that looks inside this process (the store's storage, spies on crypto or the console,
 * fake timers): it cannot see into a server at `API_BASE_URL`, so over HTTP it is not defined
 * at all rather than skipped. `npm test` runs it in-process.
 */
export function inProcessOnly(name: string, fn: () => Promise<void> | void): void {
  if (!apiBaseUrl) it(name, fn);
}
