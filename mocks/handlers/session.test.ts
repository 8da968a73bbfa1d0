import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { meResponseSchema, sessionResponseSchema } from '#src/api/user';
import { advanceClock } from '../testing/clock';
import { TestBrowser, expectError, expectOk, worldHeaders } from '../testing/client';
import { seedAccounts } from '../db/seed';
import { latestMailedCode, signInAlice, signInBob, startSignIn } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();

const reauthBody = { password: 'Bob#2026', code: '123456' };

describe('GET session ("is anyone signed in?")', () => {
  it('answers 200 with no user, and no cookie, when nobody is signed in', async () => {
    const browser = new TestBrowser();
    const response = await browser.get(apiPaths.session);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await expectOk(response, sessionResponseSchema)).toEqual({ user: null });
    const forged = await fetch(`${browser.origin}${apiPaths.session}`, {
      headers: { cookie: 'sid=ses_forged', ...worldHeaders() },
    });
    expect(await expectOk(forged, sessionResponseSchema)).toEqual({ user: null });
  });

  it('answers with the signed-in user, as /api/me does', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const { user } = await expectOk(await browser.get(apiPaths.session), sessionResponseSchema);
    const me = await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    expect(user).toEqual(me.user);
    expect(user?.email).toBe('bob@example.com');
  });

  it('answers no user after the password step alone (SEC-11)', async () => {
    const browser = new TestBrowser();
    await startSignIn(browser, seedAccounts.alice);
    expect(await expectOk(await browser.get(apiPaths.session), sessionResponseSchema)).toEqual({
      user: null,
    });
  });

  it('ends an idle session: no user, cookie cleared, record gone (SEC-13)', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    await advanceClock(30 * 60 + 1);
    const response = await browser.get(apiPaths.session);
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
    expect(await expectOk(response, sessionResponseSchema)).toEqual({
      user: null,
      ended: 'expired',
    });
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('counts as activity: asking keeps the session alive', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    for (let i = 0; i < 3; i += 1) {
      await advanceClock(29 * 60);
      const { user } = await expectOk(await browser.get(apiPaths.session), sessionResponseSchema);
      expect(user?.email).toBe('alice@example.com');
    }
  });
});

describe('GET me', () => {
  it('returns the signed-in user with MFA status', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const { user } = await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    const { id, name, email } = seedAccounts.bob;
    expect(user).toEqual({
      id,
      name,
      email,
      mfa: {
        enabled: true,
        enabledAt: '2026-01-15T09:00:00.000Z',
        lastUsedAt: '2026-03-02T10:00:05.000Z',
        recoveryCodesRemaining: 10,
      },
    });
  });

  it('is 401 unauthenticated without a session or with an unknown one', async () => {
    const browser = new TestBrowser();
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
    const forged = await fetch(`${browser.origin}${apiPaths.me}`, {
      headers: { cookie: 'sid=ses_forged', ...worldHeaders() },
    });
    await expectError(forged, 'unauthenticated');
  });

  it('keeps each simulated browser on its own session', async () => {
    const [aliceBrowser, bobBrowser, stranger] = [
      new TestBrowser(),
      new TestBrowser(),
      new TestBrowser(),
    ];
    await signInAlice(aliceBrowser);
    await signInBob(bobBrowser);
    expect((await expectOk(await aliceBrowser.get(apiPaths.me), meResponseSchema)).user.id).toBe(
      'usr_alice',
    );
    expect((await expectOk(await bobBrowser.get(apiPaths.me), meResponseSchema)).user.id).toBe(
      'usr_bob',
    );
    await expectError(await stranger.get(apiPaths.me), 'unauthenticated');
  });
});

describe('session endpoints without a session (SEC-4)', () => {
  it.each([
    ['GET', apiPaths.me, undefined],
    ['POST', apiPaths.enrollment, undefined],
    ['GET', apiPaths.enrollment, undefined],
    ['DELETE', apiPaths.enrollment, undefined],
    ['POST', apiPaths.confirmEnrollment, { code: '123456' }],
    ['POST', apiPaths.disableMfa, reauthBody],
    ['POST', apiPaths.regenerateRecoveryCodes, reauthBody],
    // A malformed body does not get past the missing session either.
    ['POST', apiPaths.disableMfa, { nonsense: true }],
  ] as const)('%s %s is 401', async (method, path, body) => {
    await expectError(await new TestBrowser().request(method, path, body), 'unauthenticated');
  });
});

describe('session lifetime (SEC-13)', () => {
  it('ends after 30 idle minutes: 401 session_expired, cookie cleared, record gone', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    await advanceClock(30 * 60 + 1);
    const response = await browser.get(apiPaths.me);
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
    await expectError(response, 'session_expired');
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('stays alive while used: each request refreshes the idle timer', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    for (let i = 0; i < 3; i += 1) {
      await advanceClock(29 * 60);
      await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    }
  });

  it('ends after 12 hours however active', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      await advanceClock(25 * 60);
      await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    }
    // 11 h 40 min so far: the next request lands just past 12 h.
    await advanceClock(20 * 60 + 1);
    await expectError(await browser.get(apiPaths.me), 'session_expired');
  });
});

describe('POST sign-out', () => {
  it('answers 204, clears the cookie and ends the session', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    const response = await browser.post(apiPaths.signOut);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBe(
      'sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict',
    );
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('ends the session on the server even if the browser kept its cookie', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, seedAccounts.alice);
    const verified = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: await latestMailedCode(browser, seedAccounts.alice.email),
    });
    const sid = /^sid=([^;]+)/.exec(verified.headers.get('set-cookie') ?? '')?.[1] ?? '';
    await browser.post(apiPaths.signOut);
    // A fresh origin, so only the replayed header carries the old id.
    const replayed = await fetch(`${new TestBrowser().origin}${apiPaths.me}`, {
      headers: { cookie: `sid=${sid}`, ...worldHeaders() },
    });
    await expectError(replayed, 'unauthenticated');
  });

  it('is 204 without a session too', async () => {
    expect((await new TestBrowser().post(apiPaths.signOut)).status).toBe(204);
  });
});
