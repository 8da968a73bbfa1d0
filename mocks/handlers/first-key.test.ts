import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { disableMfaResponseSchema, enrollmentResponseSchema } from '#src/api/mfa';
import { meResponseSchema } from '#src/api/user';
import { registerKeyResponseSchema, webauthnPaths } from '#src/api/webauthn';
import { now } from '../db/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { totpAt } from '../testing/codes';
import { mailbox, signedInAlice, startSignIn, verify } from '../testing/flows';
import {
  ceremonyOf,
  expectSignedIn,
  keyAnswer,
  postNewKey,
  registrationOptions,
  signInWithKey,
} from '../testing/key-flows';
import { setupMockServer } from '../testing/server';
import { newSoftKey, registrationResponse } from '../testing/soft-keys';

setupMockServer();

const alice = seedAccounts.alice;

async function mfaEnabled(browser: TestBrowser): Promise<boolean> {
  return (await expectOk(await browser.get(apiPaths.me), meResponseSchema)).user.mfa.enabled;
}

/** Alice (MFA off) turns MFA on with a new passkey: no sudo mode, only her session. */
async function aliceWithFirstKey() {
  const browser = await signedInAlice();
  const key = newSoftKey();
  const response = await postNewKey(browser, key);
  const registered = await expectOk(response, registerKeyResponseSchema, 201);
  return { browser, key, ...registered };
}

describe('a security key or passkey as the first factor', () => {
  it('turns MFA on with ten recovery codes, the enable notice, and the key at sign-in', async () => {
    const { browser, key, factor, mfa, recoveryCodes } = await aliceWithFirstKey();
    expect(factor).toMatchObject({ type: 'passkey', name: null, number: 1 });
    expect(mfa.enabled).toBe(true);
    expect(mfa.enabledAt).not.toBeNull();
    expect(mfa.lastUsedAt).not.toBeNull();
    expect(recoveryCodes).toHaveLength(10);
    expect(await mfaEnabled(browser)).toBe(true);
    const notices = (await mailbox(browser)).filter((mail) => mail.to === alice.email);
    expect(notices[0]?.subject).toMatch(/turned on/);
    expect(notices.some((mail) => /factor was added/.test(mail.subject))).toBe(false);

    // Keys only: the challenge offers the key, and the key signs her in.
    const fresh = new TestBrowser();
    expect((await startSignIn(fresh, alice)).methods).toEqual(['webauthn']);
    const user = await expectSignedIn(await signInWithKey(fresh, key, {}, alice));
    expect(user.email).toBe(alice.email);

    // Each of the codes works at sign-in (once).
    const other = new TestBrowser();
    const challenge = await startSignIn(other, alice);
    const recoveryCode = recoveryCodes?.[0] ?? '';
    expect((await verify(other, challenge.id, { recoveryCode })).email).toBe(alice.email);
  });

  it('shows the recovery codes only in that response: a second key is one more factor', async () => {
    const { browser } = await aliceWithFirstKey();
    // MFA is on now: another key needs sudo mode, like for any account with MFA.
    await expectError(await browser.post(webauthnPaths.registrationOptions), 'reauth_required');
  });

  it('drops a pending app enrollment, so its secret is never shown again', async () => {
    const browser = await signedInAlice();
    const pending = await expectOk(
      await browser.post(apiPaths.enrollment),
      enrollmentResponseSchema,
    );
    await expectOk(await postNewKey(browser, newSoftKey()), registerKeyResponseSchema, 201);
    await expectError(await browser.get(apiPaths.enrollment), 'no_pending_enrollment');
    await expectError(
      await browser.post(apiPaths.confirmEnrollment, {
        code: totpAt(pending.enrollment.secret, now()),
      }),
      'mfa_already_enabled',
    );
  });

  it('leaves MFA off after a failed or abandoned registration', async () => {
    const browser = await signedInAlice();
    // Abandoned: options asked for, no answer.
    await registrationOptions(browser);
    expect(await mfaEnabled(browser)).toBe(false);
    // Failed: the key did not verify the user; then a forged challenge.
    await expectError(
      await postNewKey(browser, newSoftKey(), { userVerified: false }),
      'webauthn_not_verified',
    );
    const options = await registrationOptions(browser);
    const forged = registrationResponse(newSoftKey(), {
      ...ceremonyOf(browser, options),
      challenge: 'AAAA',
    });
    await expectError(
      await browser.post(webauthnPaths.register, { credential: forged }),
      'webauthn_failed',
    );
    expect(await mfaEnabled(browser)).toBe(false);
    expect((await startSignIn(new TestBrowser(), alice)).type).toBe('email');
    const notices = (await mailbox(browser)).filter((mail) => /turned on/.test(mail.subject));
    expect(notices).toHaveLength(0);
  });

  it('needs a signed-in session (SEC-4)', async () => {
    const browser = new TestBrowser();
    await expectError(await browser.post(webauthnPaths.registrationOptions), 'unauthenticated');
  });

  it('lets her turn MFA off again with the password and the key', async () => {
    const { browser, key } = await aliceWithFirstKey();
    const disabled = await browser.post(apiPaths.disableMfa, {
      password: alice.password,
      credential: await keyAnswer(browser, key),
    });
    expect((await expectOk(disabled, disableMfaResponseSchema)).mfa.enabled).toBe(false);
    expect(await mfaEnabled(browser)).toBe(false);
  });
});
