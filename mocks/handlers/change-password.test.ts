import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { passwordPaths } from '#src/api/passwords';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { mailbox, signInAlice, signInBob, startSignIn } from '../testing/flows';
import { strongPassword } from '../testing/password-flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const { alice, bob } = seedAccounts;

const change = (
  browser: TestBrowser,
  currentPassword: string,
  newPassword = strongPassword,
  signOutOtherSessions = true,
) => browser.post(passwordPaths.change, { currentPassword, newPassword, signOutOtherSessions });

describe('POST /api/me/password', () => {
  it('needs a session (SEC-4)', async () => {
    await expectError(await change(new TestBrowser(), alice.password), 'unauthenticated');
  });

  it('changes the password, ends the other sessions, keeps this one and mails a notice', async () => {
    const here = new TestBrowser();
    const elsewhere = new TestBrowser();
    await signInAlice(here);
    await signInAlice(elsewhere);
    expect((await change(here, alice.password)).status).toBe(204);
    expect((await here.get(apiPaths.me)).status).toBe(200);
    // Ended from this session: its browser hears why, as after "Sign out all other sessions".
    await expectError(await elsewhere.get(apiPaths.me), 'session_revoked');
    const old = await here.post(apiPaths.signIn, { email: alice.email, password: alice.password });
    await expectError(old, 'invalid_credentials');
    await startSignIn(here, { email: alice.email, password: strongPassword });
    const subjects = (await mailbox(here)).map((mail) => mail.subject);
    expect(subjects).toContain('zenConsole: Your password was changed');
  });

  it('keeps the other sessions when asked to', async () => {
    const here = new TestBrowser();
    const elsewhere = new TestBrowser();
    const third = new TestBrowser();
    await signInBob(here);
    await advanceClock(30);
    await signInBob(third);
    const other = await startSignIn(elsewhere, bob);
    expect((await change(here, bob.password, strongPassword, false)).status).toBe(204);
    expect((await here.get(apiPaths.me)).status).toBe(200);
    expect((await third.get(apiPaths.me)).status).toBe(200);
    // A sign-in that passed the old password and waits for its second factor is void.
    const code = { challengeId: other.id, code: '000000' };
    await expectError(await elsewhere.post(apiPaths.verifyChallenge, code), 'challenge_invalid');
  });

  it('counts a wrong current password toward the password step’s rate limit', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    for (let i = 0; i < 5; i += 1)
      await expectError(await change(browser, 'not my password'), 'invalid_password');
    const waiting = await expectError(await change(browser, alice.password), 'too_many_attempts');
    expect(waiting.retryAfter).toBe(30);
    // The same counter as signing in: the wait holds there too.
    const signIn = await new TestBrowser().post(apiPaths.signIn, alice);
    await expectError(signIn, 'too_many_attempts');
  });

  it('refuses a weak new password with its own code and keeps the old one', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    await expectError(await change(browser, alice.password, '1234567'), 'password_too_short');
    await expectError(await change(browser, alice.password, 'iloveyou1'), 'password_common');
    await expectError(
      await change(browser, alice.password, 'alice@example.com'),
      'password_personal',
    );
    await startSignIn(browser, alice);
  });
});
