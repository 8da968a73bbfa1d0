import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import {
  sessionListResponseSchema,
  sessionPath,
  sessionPaths,
  signOutOthersResponseSchema,
} from '#src/api/sessions';
import { meResponseSchema, sessionResponseSchema } from '#src/api/user';
import { advanceClock } from '../testing/clock';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { enterSudo } from '../testing/factor-flows';
import { signInAlice, signInBob } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const windowsFirefox =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0';

/** Bob on one more browser; the clock moves to a new time step, so his code is not a replay. */
async function signedInBob(userAgent?: string): Promise<TestBrowser> {
  await advanceClock(30);
  const browser = new TestBrowser({ userAgent });
  await signInBob(browser);
  return browser;
}

async function listOf(browser: TestBrowser) {
  return (await expectOk(await browser.get(sessionPaths.sessions), sessionListResponseSchema))
    .sessions;
}

describe('GET /api/sessions', () => {
  it('needs a session (SEC-4)', async () => {
    await expectError(await new TestBrowser().get(sessionPaths.sessions), 'unauthenticated');
  });

  it('lists this session first, then the others by last activity, with their devices', async () => {
    const laptop = await signedInBob(windowsFirefox);
    await advanceClock(60);
    const phone = await signedInBob(iphone);
    await advanceClock(60);
    const desk = await signedInBob();
    await advanceClock(60);
    await laptop.get(apiPaths.me); // the laptop is now the most recently active of the others
    const sessions = await listOf(desk);
    expect(sessions.map((session) => session.current)).toEqual([true, false, false]);
    const [, first, second] = sessions;
    expect(first?.device).toEqual({ browser: 'Firefox', os: 'Windows', kind: 'desktop' });
    expect(second?.device).toMatchObject({ browser: 'Safari', os: 'iOS', kind: 'phone' });
    expect((await listOf(phone))[0]?.device.kind).toBe('phone');
  });

  it('never shows a session id, and only this account’s sessions', async () => {
    const bob = await signedInBob();
    const alice = new TestBrowser();
    await signInAlice(alice);
    const body = JSON.stringify(await listOf(bob));
    expect(body).not.toContain(bob.cookies.get('sid'));
    expect(body).not.toContain(alice.cookies.get('sid'));
    expect(await listOf(bob)).toHaveLength(1);
    expect(await listOf(alice)).toHaveLength(1);
  });

  it('records the last activity at most once a minute, and states when each session expires', async () => {
    const other = await signedInBob();
    const desk = await signedInBob();
    await advanceClock(61);
    await other.get(apiPaths.me);
    const [, before] = await listOf(desk);
    await advanceClock(30);
    await other.get(apiPaths.me);
    const [, soon] = await listOf(desk);
    expect(soon?.lastActiveAt).toBe(before?.lastActiveAt);
    await advanceClock(31);
    await other.get(apiPaths.me);
    const [, later] = await listOf(desk);
    expect(Date.parse(later?.lastActiveAt ?? '')).toBe(
      Date.parse(before?.lastActiveAt ?? '') + 61_000,
    );
    // Idle limit from the last request: 30 minutes after it, before the 12-hour limit.
    expect(Date.parse(later?.expiresAt ?? '') - Date.parse(later?.lastActiveAt ?? '')).toBe(
      30 * 60 * 1000,
    );
  });

  it('drops sessions that expired (SEC-13)', async () => {
    await signedInBob(iphone);
    const desk = await signedInBob();
    for (let i = 0; i < 2; i += 1) {
      await advanceClock(20 * 60);
      await desk.get(apiPaths.me);
    }
    expect(await listOf(desk)).toHaveLength(1);
  });
});

describe('signing out another session', () => {
  it('needs sudo mode, then ends it: its next request is 401 session_revoked', async () => {
    const phone = await signedInBob(iphone);
    const desk = await signedInBob();
    const [, target] = await listOf(desk);
    await expectError(await desk.delete(sessionPath(target?.id ?? '')), 'reauth_required');
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
    await enterSudo(desk);
    expect((await desk.delete(sessionPath(target?.id ?? ''))).status).toBe(204);
    const revoked = await phone.get(apiPaths.me);
    expect(revoked.headers.get('set-cookie')).toContain('Max-Age=0');
    await expectError(revoked, 'session_revoked');
    expect(await listOf(desk)).toHaveLength(1);
    await expectOk(await desk.get(apiPaths.me), meResponseSchema);
  });

  it('tells the session check why the session ended', async () => {
    const phone = await signedInBob(iphone);
    const desk = await signedInBob();
    await enterSudo(desk);
    await expectOk(await desk.post(sessionPaths.signOutOthers), signOutOthersResponseSchema);
    const check = await phone.get(apiPaths.session);
    expect(check.headers.get('set-cookie')).toContain('Max-Age=0');
    expect(await expectOk(check, sessionResponseSchema)).toEqual({ user: null, ended: 'revoked' });
  });

  it('refuses this session, and answers another account’s like an unknown one', async () => {
    const alice = new TestBrowser();
    await signInAlice(alice);
    const [aliceSession] = await listOf(alice);
    const desk = await signedInBob();
    await enterSudo(desk);
    const [own] = await listOf(desk);
    await expectError(await desk.delete(sessionPath(own?.id ?? '')), 'current_session');
    await expectError(await desk.delete(sessionPath(aliceSession?.id ?? '')), 'not_found');
    await expectError(await desk.delete(sessionPath('sh_unknown')), 'not_found');
    await expectOk(await alice.get(apiPaths.me), meResponseSchema);
  });

  it('cannot be done with the session id from the cookie', async () => {
    const phone = await signedInBob(iphone);
    const desk = await signedInBob();
    await enterSudo(desk);
    await expectError(await desk.delete(sessionPath(phone.cookies.get('sid') ?? '')), 'not_found');
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
  });
});

describe('POST /api/sessions/others/sign-out', () => {
  it('needs only the session of an account without MFA, which has no sudo mode', async () => {
    const other = new TestBrowser();
    await signInAlice(other);
    await advanceClock(30);
    const alice = new TestBrowser();
    await signInAlice(alice);
    const result = await expectOk(
      await alice.post(sessionPaths.signOutOthers),
      signOutOthersResponseSchema,
    );
    expect(result.signedOut).toBe(1);
    await expectError(await other.get(apiPaths.me), 'session_revoked');
  });

  it('needs sudo mode', async () => {
    const desk = await signedInBob();
    await expectError(await desk.post(sessionPaths.signOutOthers), 'reauth_required');
  });

  it('ends every other session of this account, and no other account’s', async () => {
    const phone = await signedInBob(iphone);
    const laptop = await signedInBob(windowsFirefox);
    const alice = new TestBrowser();
    await signInAlice(alice);
    const desk = await signedInBob();
    await enterSudo(desk);
    const result = await expectOk(
      await desk.post(sessionPaths.signOutOthers),
      signOutOthersResponseSchema,
    );
    expect(result.signedOut).toBe(2);
    await expectError(await phone.get(apiPaths.me), 'session_revoked');
    await expectError(await laptop.get(sessionPaths.sessions), 'session_revoked');
    await expectOk(await alice.get(apiPaths.me), meResponseSchema);
    expect(await listOf(desk)).toHaveLength(1);
  });

  it('forgets a revoked id once it would have expired anyway', async () => {
    const phone = await signedInBob(iphone);
    const desk = await signedInBob();
    await enterSudo(desk);
    await desk.post(sessionPaths.signOutOthers);
    await advanceClock(12 * 60 * 60 + 1);
    await expectError(await phone.get(apiPaths.me), 'unauthenticated');
  });
});
