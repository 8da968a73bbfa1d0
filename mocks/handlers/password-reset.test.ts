import { describe, expect, it } from 'vitest';
import { apiPaths, signInResponseSchema } from '#src/api/auth';
import { checkPasswordResetResponseSchema, passwordPaths } from '#src/api/passwords';
import { sha256Hex } from '../db/crypto';
import { STORE_KEY } from '../db/db';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { advanceClock } from '../testing/clock';
import {
  latestMailedCode,
  mailbox,
  signInAlice,
  signInBob,
  startSignIn,
  verify,
} from '../testing/flows';
import {
  completeReset,
  otherStrongPassword,
  requestReset,
  resetToken,
  strongPassword,
} from '../testing/password-flows';
import { inProcessOnly, setupMockServer } from '../testing/server';

const { storage } = setupMockServer();
const { alice, bob } = seedAccounts;

describe('POST password-reset: asking for a link', () => {
  it('answers a known and an unknown email with the same status and body', async () => {
    const browser = new TestBrowser();
    const known = await requestReset(browser, alice.email);
    const unknown = await requestReset(browser, 'nobody@example.com');
    expect([known.status, unknown.status]).toEqual([204, 204]);
    expect(await known.text()).toBe(await unknown.text());
    expect(known.headers.get('set-cookie')).toBeNull();
    const mails = await mailbox(browser);
    expect(mails.map((mail) => mail.to)).toEqual([alice.email]);
    expect(mails[0]?.subject).toBe('zenConsole: Reset your password');
  });

  it('mails a link whose token holds 256 random bits, different every time', async () => {
    const browser = new TestBrowser();
    const first = await resetToken(browser, alice.email);
    const second = await resetToken(browser, alice.email);
    expect(first).toMatch(/^rst_[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    const [mail] = await mailbox(browser);
    expect(mail?.link).toBe(`/reset-password#token=${second}`);
  });

  inProcessOnly('stores only the hash of the token (the mock mailbox aside)', async () => {
    const token = await resetToken(new TestBrowser(), alice.email);
    const server = { ...JSON.parse(storage().getItem(STORE_KEY) ?? '{}'), mailbox: [] };
    expect(JSON.stringify(server)).not.toContain(token);
    expect(server.passwordResets).toEqual([
      { tokenHash: await sha256Hex(token), userId: 'usr_alice', expiresAt: expect.any(Number) },
    ]);
  });

  it('throttles every request per email, known or not, like the password step', async () => {
    const browser = new TestBrowser();
    for (const email of [alice.email, 'nobody@example.com']) {
      for (let i = 0; i < 5; i += 1) expect((await requestReset(browser, email)).status).toBe(204);
      const refused = await expectError(await requestReset(browser, email), 'too_many_attempts');
      expect(refused.retryAfter).toBe(30);
    }
    await advanceClock(31);
    expect((await requestReset(browser, alice.email)).status).toBe(204);
  });

  it('refuses an address that is not an email, the same for everyone', async () => {
    const response = await new TestBrowser().post(passwordPaths.requestReset, { email: 'alice' });
    await expectError(response, 'invalid_request');
  });
});

describe('POST password-reset/complete: choosing the new password', () => {
  it('resets Alice: the old password fails, the new one works, sessions end, a notice is mailed', async () => {
    const signedIn = new TestBrowser();
    await signInAlice(signedIn);
    const browser = new TestBrowser();
    const token = await resetToken(browser, alice.email);
    const check = await browser.post(passwordPaths.checkReset, { token });
    expect(await expectOk(check, checkPasswordResetResponseSchema)).toEqual({ email: alice.email });

    const reset = await completeReset(browser, token);
    expect(reset.status).toBe(204);
    expect(reset.headers.get('set-cookie')).toBeNull();
    await expectError(await signedIn.get(apiPaths.me), 'unauthenticated');
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
    const old = await browser.post(apiPaths.signIn, {
      email: alice.email,
      password: alice.password,
    });
    await expectError(old, 'invalid_credentials');
    await startSignIn(browser, { email: alice.email, password: strongPassword });
    const subjects = (await mailbox(browser)).map((mail) => mail.subject);
    expect(subjects).toContain('zenConsole: Your password was reset');
  });

  it('never yields a session without the second factor: Bob is still challenged (SEC-11)', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const token = await resetToken(browser, bob.email);
    expect((await completeReset(browser, token)).status).toBe(204);
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
    const response = await browser.post(apiPaths.signIn, {
      email: bob.email,
      password: strongPassword,
    });
    expect((await expectOk(response, signInResponseSchema)).challenge.type).toBe('mfa');
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('spends the link on first use: of five submits at once exactly one succeeds', async () => {
    const token = await resetToken(new TestBrowser(), alice.email);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => completeReset(new TestBrowser(), token)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([204, 410, 410, 410, 410]);
    await expectError(await completeReset(new TestBrowser(), token), 'reset_link_invalid');
  });

  it('works for 30 minutes, then the link is void', async () => {
    const browser = new TestBrowser();
    const token = await resetToken(browser, alice.email);
    await advanceClock(29 * 60);
    expect((await browser.post(passwordPaths.checkReset, { token })).status).toBe(200);
    await advanceClock(60);
    await expectError(
      await browser.post(passwordPaths.checkReset, { token }),
      'reset_link_invalid',
    );
    await expectError(await completeReset(browser, token), 'reset_link_invalid');
  });

  it('voids an older link when a newer one is sent, and every link when the password changes', async () => {
    const browser = new TestBrowser();
    const older = await resetToken(browser, alice.email);
    const newer = await resetToken(browser, alice.email);
    await expectError(await completeReset(browser, older), 'reset_link_invalid');
    expect((await completeReset(browser, newer)).status).toBe(204);

    const open = await resetToken(browser, alice.email);
    expect(await changeAfterReset(new TestBrowser())).toBe(204);
    await expectError(await completeReset(browser, open), 'reset_link_invalid');
  });

  it('answers a made-up token like a spent one', async () => {
    const browser = new TestBrowser();
    await expectError(
      await browser.post(passwordPaths.checkReset, { token: `rst_${'A'.repeat(43)}` }),
      'reset_link_invalid',
    );
    await expectError(await completeReset(browser, 'anything'), 'reset_link_invalid');
  });

  it('refuses a weak new password with its own code and keeps the link open', async () => {
    const browser = new TestBrowser();
    const token = await resetToken(browser, alice.email);
    const refusals = [
      ['short7!', 'password_too_short'],
      ['x'.repeat(129), 'password_too_long'],
      ['password123', 'password_common'],
      ['AliceZhang2026!', 'password_personal'],
    ] as const;
    for (const [password, code] of refusals)
      await expectError(await completeReset(browser, token, password), code);
    expect(
      (await completeReset(browser, token, '  Ｑｕｉｅｔ ｈａｒｂｏｒ ｌａｎｔｅｒｎ  ')).status,
    ).toBe(204);
    // NFKC: the same passphrase typed in half-width letters signs in.
    await startSignIn(browser, { email: alice.email, password: '  Quiet harbor lantern  ' });
  });
});

/** Alice signs in with her new password and changes it again: a password change voids links. */
async function changeAfterReset(browser: TestBrowser): Promise<number> {
  const challenge = await startSignIn(browser, { email: alice.email, password: strongPassword });
  await verify(browser, challenge.id, { code: await latestMailedCode(browser, alice.email) });
  const response = await browser.post(passwordPaths.change, {
    currentPassword: strongPassword,
    newPassword: otherStrongPassword,
    signOutOtherSessions: true,
  });
  return response.status;
}
