import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { factorPath, removeFactorResponseSchema } from '#src/api/factors';
import { disableMfaResponseSchema, regenerateRecoveryCodesResponseSchema } from '#src/api/mfa';
import { sessionListResponseSchema, sessionPaths } from '#src/api/sessions';
import { meResponseSchema } from '#src/api/user';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { activityPage } from '../testing/activity-flows';
import { advanceClock } from '../testing/clock';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { addApp, enterSudo, listFactors } from '../testing/factor-flows';
import { nextStepCode, signInAlice, signInBob } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();

/** Bob on one more browser; the clock moves to a new time step, so his code is not a replay. */
async function signedInBob(): Promise<TestBrowser> {
  await advanceClock(30);
  const browser = new TestBrowser();
  await signInBob(browser);
  return browser;
}

async function reauth() {
  return { password: seedAccounts.bob.password, code: await nextStepCode(bobTotpSecret) };
}

/** "Also sign out my other sessions" on each of the three operations, as the body or query says. */
const operations = {
  'disabling MFA': async (desk: TestBrowser, choice?: boolean) => {
    const body = { ...(await reauth()), signOutOtherSessions: choice };
    const response = await desk.post(apiPaths.disableMfa, body);
    return (await expectOk(response, disableMfaResponseSchema)).signedOut;
  },
  'regenerating recovery codes': async (desk: TestBrowser, choice?: boolean) => {
    const body = { ...(await reauth()), signOutOtherSessions: choice };
    const response = await desk.post(apiPaths.regenerateRecoveryCodes, body);
    return (await expectOk(response, regenerateRecoveryCodesResponseSchema)).signedOut;
  },
  'removing a factor': async (desk: TestBrowser, choice?: boolean) => {
    await enterSudo(desk);
    await addApp(desk);
    const [newest] = await listFactors(desk);
    const query = choice === undefined ? '' : `?signOutOtherSessions=${String(choice)}`;
    const response = await desk.delete(`${factorPath(newest?.id ?? '')}${query}`);
    return (await expectOk(response, removeFactorResponseSchema)).signedOut;
  },
};

describe.each(Object.entries(operations))('%s with "Also sign out my other sessions"', (_, run) => {
  it('checked: every other session of the account answers 401 session_revoked; this one and another account’s stay', async () => {
    const phone = await signedInBob();
    const laptop = await signedInBob();
    const alice = new TestBrowser();
    await signInAlice(alice);
    const desk = await signedInBob();
    expect(await run(desk, true)).toBe(2);
    await expectError(await phone.get(apiPaths.me), 'session_revoked');
    await expectError(await laptop.get(sessionPaths.sessions), 'session_revoked');
    await expectOk(await desk.get(apiPaths.me), meResponseSchema);
    await expectOk(await alice.get(apiPaths.me), meResponseSchema);
    const { sessions } = await expectOk(
      await desk.get(sessionPaths.sessions),
      sessionListResponseSchema,
    );
    expect(sessions.map((session) => session.current)).toEqual([true]);
    // Logged like "Sign out all other sessions": one entry, newest first.
    const [latest] = (await activityPage(desk)).events;
    expect(latest?.kind).toBe('other_sessions_signed_out');
  });

  it.each([false, undefined])('%s: the other sessions stay signed in', async (choice) => {
    const phone = await signedInBob();
    const desk = await signedInBob();
    expect(await run(desk, choice)).toBe(0);
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
    const kinds = (await activityPage(desk)).events.map((event) => event.kind);
    expect(kinds).not.toContain('other_sessions_signed_out');
  });
});

describe('the choice is validated', () => {
  it('refuses a choice that is not a boolean, and ends nothing', async () => {
    const phone = await signedInBob();
    const desk = await signedInBob();
    const body = { ...(await reauth()), signOutOtherSessions: 'yes' };
    const refused = await expectError(
      await desk.post(apiPaths.disableMfa, body),
      'invalid_request',
    );
    expect(refused.fields).toContain('signOutOtherSessions');
    await enterSudo(desk);
    await addApp(desk);
    const [newest] = await listFactors(desk);
    const path = `${factorPath(newest?.id ?? '')}?signOutOtherSessions=1`;
    await expectError(await desk.delete(path), 'invalid_request');
    expect(await listFactors(desk)).toHaveLength(2);
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
  });

  it('a refused reauth ends no session (SEC-14)', async () => {
    const phone = await signedInBob();
    const desk = await signedInBob();
    const body = { password: 'wrong password', code: '123456', signOutOtherSessions: true };
    await expectError(await desk.post(apiPaths.disableMfa, body), 'invalid_password');
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
  });

  it('removing without sudo mode ends no session', async () => {
    const phone = await signedInBob();
    const desk = await signedInBob();
    await enterSudo(desk);
    await addApp(desk);
    const [newest] = await listFactors(desk);
    await advanceClock(11 * 60);
    await desk.get(apiPaths.me);
    await phone.get(apiPaths.me);
    const path = `${factorPath(newest?.id ?? '')}?signOutOtherSessions=true`;
    await expectError(await desk.delete(path), 'reauth_required');
    await expectOk(await phone.get(apiPaths.me), meResponseSchema);
  });
});
