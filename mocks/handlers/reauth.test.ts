import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { disableMfaResponseSchema, regenerateRecoveryCodesResponseSchema } from '#src/api/mfa';
import { meResponseSchema } from '#src/api/user';
import { now } from '../db/clock';
import { advanceClock } from '../testing/clock';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { totpAt, unknownRecoveryCode, wrongTotpAt } from '../testing/codes';
import {
  enrollAlice,
  nextStepCode,
  signInAlice,
  signInBob,
  startSignIn,
  verify,
} from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const password = seedAccounts.bob.password;

async function signedInBob() {
  const browser = new TestBrowser();
  await signInBob(browser);
  return browser;
}

describe.each([
  ['disable', apiPaths.disableMfa],
  ['regenerate recovery codes', apiPaths.regenerateRecoveryCodes],
] as const)('POST %s: errors', (_name, path) => {
  it('refuses the session alone: password and a second factor are required (SEC-14)', async () => {
    const browser = await signedInBob();
    const details = await expectError(await browser.post(path, {}), 'invalid_request');
    expect(details.fields).toEqual(expect.arrayContaining(['password']));
    await expectError(await browser.post(path, { password }), 'invalid_request');
    await expectError(
      await browser.post(path, { code: await nextStepCode(bobTotpSecret) }),
      'invalid_request',
    );
    expect(
      (await expectOk(await browser.get(apiPaths.me), meResponseSchema)).user.mfa
        .recoveryCodesRemaining,
    ).toBe(10);
  });

  it('is 403 invalid_password for a wrong password, and the code is not spent', async () => {
    const browser = await signedInBob();
    const code = await nextStepCode(bobTotpSecret);
    await expectError(await browser.post(path, { password: 'Bob#2025', code }), 'invalid_password');
    await expectOk(await browser.post(path, { password, code }), regenerateOrDisable(path));
  });

  it('is 403 invalid_code, code_already_used or clock_skew for bad authenticator codes', async () => {
    const browser = await signedInBob();
    // The sign-in spent the current step.
    await expectError(
      await browser.post(path, { password, code: totpAt(bobTotpSecret, now()) }),
      'code_already_used',
    );
    await expectError(
      await browser.post(path, { password, code: wrongTotpAt(bobTotpSecret, now()) }),
      'invalid_code',
    );
    const skew = await expectError(
      await browser.post(path, { password, code: totpAt(bobTotpSecret, now() + 6 * 30_000) }),
      'clock_skew',
    );
    expect(skew.skewMinutes).toBe(3);
  });

  it('is 403 invalid_recovery_code for an unknown recovery code', async () => {
    const browser = await signedInBob();
    await expectError(
      await browser.post(path, { password, recoveryCode: unknownRecoveryCode }),
      'invalid_recovery_code',
    );
  });

  it('is 409 mfa_not_enabled when MFA is off', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    await expectError(
      await browser.post(path, { password: 'Alice#2026', code: '123456' }),
      'mfa_not_enabled',
    );
  });

  it('counts every failure toward the throttle: 429 with Retry-After after 5 (SEC-8, SEC-14)', async () => {
    const browser = await signedInBob();
    const code = await nextStepCode(bobTotpSecret);
    for (const body of [
      { password: 'wrong', code },
      { password, code: wrongTotpAt(bobTotpSecret, now()) },
      { password, recoveryCode: unknownRecoveryCode },
      { password, code: totpAt(bobTotpSecret, now() + 5 * 30_000) },
      { password, code: totpAt(bobTotpSecret, now() - 30_000) },
    ]) {
      expect((await browser.post(path, body)).status).toBe(403);
    }
    const throttled = await browser.post(path, { password, code });
    expect(throttled.headers.get('retry-after')).toBe('30');
    await expectError(throttled, 'too_many_attempts');
  });
});

function regenerateOrDisable(path: string) {
  return path === apiPaths.disableMfa
    ? disableMfaResponseSchema
    : regenerateRecoveryCodesResponseSchema;
}

describe('POST disable', () => {
  it('turns MFA off at once and deletes the secret and recovery codes (SEC-15)', async () => {
    const browser = await signedInBob();
    const response = await browser.post(apiPaths.disableMfa, {
      password,
      code: await nextStepCode(bobTotpSecret),
    });
    const { mfa } = await expectOk(response, disableMfaResponseSchema);
    expect(mfa).toEqual({
      enabled: false,
      enabledAt: null,
      lastUsedAt: null,
      recoveryCodesRemaining: 0,
    });
    // Signing in now falls back to an emailed code: the authenticator is no longer asked for.
    expect((await startSignIn(browser, seedAccounts.bob)).type).toBe('email');
  });

  it('accepts a recovery code instead of an authenticator code', async () => {
    const browser = await signedInBob();
    const response = await browser.post(apiPaths.disableMfa, {
      password,
      recoveryCode: bobRecoveryCodes[5],
    });
    expect((await expectOk(response, disableMfaResponseSchema)).mfa.enabled).toBe(false);
  });

  it('rejects old codes after disable, and re-enabling issues a new secret (SEC-15)', async () => {
    const browser = new TestBrowser();
    const first = await enrollAlice(browser);
    await advanceClock(30);
    await expectOk(
      await browser.post(apiPaths.disableMfa, {
        password: 'Alice#2026',
        code: totpAt(first.secret, now()),
      }),
      disableMfaResponseSchema,
    );
    await advanceClock(30);
    const second = await enrollAlice(new TestBrowser());
    expect(second.secret).not.toBe(first.secret);
    await advanceClock(30);
    const challenge = await startSignIn(browser, seedAccounts.alice);
    expect(challenge.type).toBe('mfa');
    const oldCode = { challengeId: challenge.id, code: totpAt(first.secret, now()) };
    // By chance the old key's code may also be the new key's for a nearby step (then it reads
    // as accepted or as clock skew): only a code no step of the new key shows must be refused.
    const newKeyNear = Array.from({ length: 43 }, (_, i) =>
      totpAt(second.secret, now() + (i - 21) * 30_000),
    );
    if (!newKeyNear.includes(oldCode.code)) {
      await expectError(await browser.post(apiPaths.verifyChallenge, oldCode), 'invalid_code');
    }
    const oldRecovery = { challengeId: challenge.id, recoveryCode: first.recoveryCodes[0] };
    await expectError(
      await browser.post(apiPaths.verifyChallenge, oldRecovery),
      'invalid_recovery_code',
    );
    await verify(browser, challenge.id, { code: totpAt(second.secret, now()) });
  });
});

describe('POST recovery-codes (regenerate)', () => {
  it('returns 10 new codes and voids the old set (SEC-18)', async () => {
    const browser = await signedInBob();
    const response = await browser.post(apiPaths.regenerateRecoveryCodes, {
      password,
      code: await nextStepCode(bobTotpSecret),
    });
    const { mfa, recoveryCodes } = await expectOk(response, regenerateRecoveryCodesResponseSchema);
    expect(mfa.recoveryCodesRemaining).toBe(10);
    expect(mfa.lastUsedAt).toBe('2026-03-02T10:00:35.000Z');
    expect(
      recoveryCodes.some((code) => (bobRecoveryCodes as readonly string[]).includes(code)),
    ).toBe(false);
    const challenge = await startSignIn(browser, seedAccounts.bob);
    const old = { challengeId: challenge.id, recoveryCode: bobRecoveryCodes[0] };
    await expectError(await browser.post(apiPaths.verifyChallenge, old), 'invalid_recovery_code');
    const user = await verify(browser, challenge.id, { recoveryCode: recoveryCodes[0] ?? '' });
    expect(user.mfa.recoveryCodesRemaining).toBe(9);
  });

  it('lets exactly one of two simultaneous requests with one code through (SEC-7)', async () => {
    const browser = await signedInBob();
    const body = { password, code: await nextStepCode(bobTotpSecret) };
    const responses = await Promise.all([
      browser.post(apiPaths.regenerateRecoveryCodes, body),
      browser.post(apiPaths.regenerateRecoveryCodes, body),
    ]);
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 403]);
    const rejected = responses.find((response) => response.status === 403);
    if (rejected) await expectError(rejected, 'code_already_used');
  });
});
