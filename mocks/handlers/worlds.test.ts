import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '#src/api/auth';
import {
  clockResponseSchema,
  createWorldResponseSchema,
  faultsResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  mockWorldCookie,
  mockWorldHeader,
} from '#src/api/mock-control';
import { meResponseSchema } from '#src/api/user';
import { seedAccounts } from '../db/seed';
import { WORLD_DEFAULTS, configureWorlds, dropWorlds, worldCount } from '../db/worlds';
import { TestBrowser, expectError, expectOk, inProcess } from '../testing/client';
import { mailbox, signInAlice, startSignIn } from '../testing/flows';
import { setupMockServer } from '../testing/server';

// The one file about the default world: over HTTP its tests act there, not in a world of their own.
setupMockServer({ defaultWorld: true });

async function createWorld(): Promise<string> {
  const response = await new TestBrowser().post(mockPaths.worlds);
  return (await expectOk(response, createWorldResponseSchema, 201)).world.id;
}

/** A browser whose every request names `world`, as a Playwright context with the cookie does. */
function browserIn(world: string): TestBrowser {
  const browser = new TestBrowser();
  browser.cookies.set(mockWorldCookie, world);
  return browser;
}

async function statusOf(browser: TestBrowser) {
  return expectOk(await browser.get(mockPaths.status), mockStatusResponseSchema);
}

describe('POST __mock/worlds', () => {
  it('makes a world from the seed, named by cookie or header; no name is the default', async () => {
    const id = await createWorld();
    expect(await statusOf(browserIn(id))).toMatchObject({ world: id, storage: 'memory' });
    const byHeader = await new TestBrowser().request('GET', mockPaths.status, undefined, {
      [mockWorldHeader]: id,
    });
    expect(await expectOk(byHeader, mockStatusResponseSchema)).toMatchObject({ world: id });
    expect((await statusOf(new TestBrowser())).world).toBe('default');
    // The seed's accounts are there: Alice signs in within the new world.
    const user = await signInAlice(browserIn(id));
    expect(user.email).toBe(seedAccounts.alice.email);
  });

  it('keeps sessions, mailbox, clock and faults of each world to itself', async () => {
    const [one, two] = [await createWorld(), await createWorld()];
    const alice = browserIn(one);
    await signInAlice(alice);
    await alice.post(mockPaths.clock, { advanceSeconds: 600 });
    await alice.post(mockPaths.faults, { latencyMs: 5 });
    // The session cookie means nothing in another world, even sent by the same browser.
    alice.cookies.set(mockWorldCookie, two);
    await expectError(await alice.get(apiPaths.me), 'unauthenticated');
    for (const other of [browserIn(two), new TestBrowser()]) {
      expect(await mailbox(other)).toEqual([]);
      expect((await statusOf(other)).now).toBe('2026-03-02T10:00:05.000Z');
      const faults = await expectOk(await other.get(mockPaths.faults), faultsResponseSchema);
      expect(faults.latencyMs).toBe(0);
    }
    alice.cookies.set(mockWorldCookie, one);
    await expectOk(await alice.get(apiPaths.me), meResponseSchema);
    expect((await statusOf(alice)).now).toBe('2026-03-02T10:10:05.000Z');
  });

  it('reset and clock act on the request’s world only', async () => {
    const [one, two] = [await createWorld(), await createWorld()];
    await startSignIn(browserIn(two), seedAccounts.alice);
    await startSignIn(new TestBrowser(), seedAccounts.alice);
    expect((await browserIn(one).post(mockPaths.reset)).status).toBe(204);
    const moved = await browserIn(one).post(mockPaths.clock, { offsetSeconds: 60 });
    expect((await expectOk(moved, clockResponseSchema)).offsetSeconds).toBe(60);
    expect(await mailbox(browserIn(two))).toHaveLength(1);
    expect(await mailbox(new TestBrowser())).toHaveLength(1);
    expect((await statusOf(browserIn(two))).now).toBe('2026-03-02T10:00:05.000Z');
  });

  it('answers 404 world_not_found to a request naming a world that does not exist', async () => {
    const ghost = 'wld_AAAAAAAAAAAAAAAAAAAAAA';
    await expectError(await browserIn(ghost).get(mockPaths.status), 'world_not_found');
    await expectError(await browserIn(ghost).get(apiPaths.me), 'world_not_found');
    const signIn = await browserIn(ghost).post(apiPaths.signIn, seedAccounts.alice);
    await expectError(signIn, 'world_not_found');
    // The header wins over the cookie: a stale cookie does not hide the named world.
    const id = await createWorld();
    const named = await browserIn(ghost).request('GET', mockPaths.status, undefined, {
      [mockWorldHeader]: id,
    });
    expect((await expectOk(named, mockStatusResponseSchema)).world).toBe(id);
    // Creating a world is not acting in one: a stale name does not stop it.
    expect((await browserIn(ghost).post(mockPaths.worlds)).status).toBe(201);
  });
});

// Over HTTP the server's own wall clock and figures count: only in process can a test move them.
if (inProcess)
  describe('bounds', () => {
    afterEach(() => {
      configureWorlds(WORLD_DEFAULTS);
      dropWorlds();
    });

    it(`drops a world no request named for ${WORLD_DEFAULTS.idleMinutes} minutes`, async () => {
      const kept = await createWorld();
      const dropped = await createWorld();
      vi.setSystemTime(Date.now() + (WORLD_DEFAULTS.idleMinutes - 1) * 60_000);
      await statusOf(browserIn(kept));
      vi.setSystemTime(Date.now() + 60_000);
      expect((await statusOf(browserIn(kept))).world).toBe(kept);
      await expectError(await browserIn(dropped).get(mockPaths.status), 'world_not_found');
    });

    it('refuses a world past the limit with 429 world_limit and a wait', async () => {
      dropWorlds();
      configureWorlds({ limit: 2, idleMinutes: 10 });
      await createWorld();
      vi.setSystemTime(Date.now() + 4 * 60_000);
      await createWorld();
      const refused = await new TestBrowser().post(mockPaths.worlds);
      // The first world is dropped in 6 minutes, which makes room.
      expect((await expectError(refused, 'world_limit')).retryAfter).toBe(360);
      expect(refused.headers.get('retry-after')).toBe('360');
      expect(worldCount()).toBe(2);
      vi.setSystemTime(Date.now() + 6 * 60_000);
      expect((await new TestBrowser().post(mockPaths.worlds)).status).toBe(201);
      expect(worldCount()).toBe(2);
    });
  });
