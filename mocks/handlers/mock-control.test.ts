import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import {
  clockResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  seededSessionResponseSchema,
} from '#src/api/mock-control';
import { sessionListResponseSchema, sessionPaths } from '#src/api/sessions';
import { STORE_KEY } from '../db/db';
import { installStorage } from '../db/storage';
import { TestBrowser, expectError, expectOk, fileWorldName, inProcess } from '../testing/client';
import { mailbox, signInAlice, startSignIn } from '../testing/flows';
import { inProcessOnly, setupMockServer } from '../testing/server';
import { seedAccounts } from '../db/seed';

const { storage } = setupMockServer();

describe('POST __mock/reset', () => {
  it('brings back the seed, ends every session, empties the mailbox and zeroes the clock', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    await browser.post(mockPaths.clock, { offsetSeconds: 3600 });
    const response = await browser.post(mockPaths.reset);
    expect(response.status).toBe(204);
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
    expect(await mailbox(browser)).toEqual([]);
    const status = await expectOk(await browser.get(mockPaths.status), mockStatusResponseSchema);
    expect(status.now).toBe('2026-03-02T10:00:05.000Z');
  });
});

describe('unknown API paths', () => {
  it('answer 404 not_found in the contract shape', async () => {
    const browser = new TestBrowser();
    await expectError(await browser.get('/api/nope'), 'not_found');
    await expectError(await browser.request('DELETE', apiPaths.me), 'not_found');
  });
});

describe('GET __mock/mailbox', () => {
  it('lists messages newest first', async () => {
    const browser = new TestBrowser();
    await startSignIn(browser, seedAccounts.alice);
    await browser.post(mockPaths.clock, { advanceSeconds: 60 });
    await startSignIn(browser, seedAccounts.alice);
    const messages = await mailbox(browser);
    expect(messages.map((message) => message.sentAt)).toEqual([
      '2026-03-02T10:01:05.000Z',
      '2026-03-02T10:00:05.000Z',
    ]);
  });
});

describe('GET __mock/status', () => {
  it('reports local storage, no notices and the mock time', async () => {
    const status = await expectOk(
      await new TestBrowser().get(mockPaths.status),
      mockStatusResponseSchema,
    );
    // `npm run api` keeps its store in memory unless it is given a data file.
    const storage = inProcess ? 'local' : 'memory';
    const now = '2026-03-02T10:00:05.000Z';
    expect(status).toEqual({ storage, notices: [], now, world: fileWorldName() });
  });

  // Both break this process's storage; mocks/server/file-storage.test.ts covers the server's.
  inProcessOnly('reports a reset of an unreadable store, and keeps reporting it', async () => {
    const browser = new TestBrowser();
    storage().setItem(STORE_KEY, 'not json');
    installStorage(storage());
    for (let i = 0; i < 2; i += 1) {
      const status = await expectOk(await browser.get(mockPaths.status), mockStatusResponseSchema);
      expect(status.notices).toEqual(['reset_unreadable']);
    }
  });

  inProcessOnly('reports memory mode when storage refuses writes', async () => {
    storage().failWrites = true;
    const status = await expectOk(
      await new TestBrowser().get(mockPaths.status),
      mockStatusResponseSchema,
    );
    expect(status).toMatchObject({ storage: 'memory', notices: ['memory_only'] });
  });
});

describe('POST __mock/clock', () => {
  it('advances the offset or sets it', async () => {
    const browser = new TestBrowser();
    const advanced = await expectOk(
      await browser.post(mockPaths.clock, { advanceSeconds: 90 }),
      clockResponseSchema,
    );
    expect(advanced).toEqual({ offsetSeconds: 90, now: '2026-03-02T10:01:35.000Z' });
    const again = await expectOk(
      await browser.post(mockPaths.clock, { advanceSeconds: -30 }),
      clockResponseSchema,
    );
    expect(again.offsetSeconds).toBe(60);
    const set = await expectOk(
      await browser.post(mockPaths.clock, { offsetSeconds: -3600 }),
      clockResponseSchema,
    );
    expect(set).toEqual({ offsetSeconds: -3600, now: '2026-03-02T09:00:05.000Z' });
  });

  it('rejects anything else with 400 invalid_request', async () => {
    const browser = new TestBrowser();
    await expectError(
      await browser.post(mockPaths.clock, { advanceSeconds: 1.5 }),
      'invalid_request',
    );
    await expectError(
      await browser.post(mockPaths.clock, { advanceSeconds: 86_401 }),
      'invalid_request',
    );
    await expectError(await browser.post(mockPaths.clock, {}), 'invalid_request');
  });
});

describe('POST __mock/sessions', () => {
  it('needs a session: it adds a device to the account signed in here', async () => {
    await expectError(await new TestBrowser().post(mockPaths.sessions), 'unauthenticated');
  });

  it("signs the caller's account in on an iPhone in Osaka, listed as another device", async () => {
    const alice = new TestBrowser();
    await signInAlice(alice);
    const seeded = await expectOk(
      await alice.post(mockPaths.sessions),
      seededSessionResponseSchema,
      201,
    );
    expect(seeded).toEqual({
      accountEmail: seedAccounts.alice.email,
      address: '198.51.100.24',
      location: 'Osaka, Japan',
    });
    const { sessions } = await expectOk(
      await alice.get(sessionPaths.sessions),
      sessionListResponseSchema,
    );
    expect(sessions.map((session) => session.current)).toEqual([true, false]);
    expect(sessions[1]).toMatchObject({
      device: { browser: 'Safari', os: 'iOS', kind: 'phone' },
      address: '198.51.100.24',
      location: 'Osaka, Japan',
    });
    // The caller stays who it was: no cookie for the phone's session.
    expect((await alice.post(mockPaths.sessions)).headers.get('set-cookie')).toBeNull();
  });
});
