import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { confirmEnrollmentResponseSchema, enrollmentResponseSchema } from '#src/api/mfa';
import { meResponseSchema } from '#src/api/user';
import { now } from '../db/clock';
import { advanceClock } from '../testing/clock';
import { STORE_KEY } from '../db/db';
import { storeSchema } from '../db/schema';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk, inProcess } from '../testing/client';
import { totpAt, wrongTotpAt } from '../testing/codes';
import {
  enrollAlice,
  signInBob,
  signedInAlice,
  startEnrollment as start,
  startSignIn,
} from '../testing/flows';
import { setupMockServer } from '../testing/server';

const { storage } = setupMockServer();

describe('POST enrollment/confirm', () => {
  it('turns MFA on with 10 recovery codes, at once', async () => {
    const browser = new TestBrowser();
    const { mfa, recoveryCodes } = await enrollAlice(browser);
    expect(mfa).toEqual({
      enabled: true,
      enabledAt: '2026-03-02T10:00:05.000Z',
      lastUsedAt: '2026-03-02T10:00:05.000Z',
      recoveryCodesRemaining: 10,
    });
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await expectOk(await browser.get(apiPaths.me), meResponseSchema)).user.mfa).toEqual(
      mfa,
    );
  });

  it('spends the confirming code: it cannot sign in afterwards (SEC-7)', async () => {
    const browser = new TestBrowser();
    const { secret } = await enrollAlice(browser);
    const challenge = await startSignIn(browser, seedAccounts.alice);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: totpAt(secret, now()),
    });
    await expectError(response, 'code_already_used');
  });

  it('never shows the secret again after activation, and nothing stays pending (SEC-2)', async () => {
    const browser = new TestBrowser();
    const { secret } = await enrollAlice(browser);
    const responses = [
      await browser.get(apiPaths.enrollment),
      await browser.post(apiPaths.enrollment),
      await browser.get(apiPaths.me),
    ];
    expect(responses.map((response) => response.status)).toEqual([404, 403, 200]);
    for (const response of responses) expect(await response.text()).not.toContain(secret);
    // Over HTTP the server's store is out of sight; the 404 above says nothing is pending.
    if (!inProcess) return;
    const alice = storeSchema.parse(JSON.parse(storage().getItem(STORE_KEY) ?? '')).users[0];
    expect(alice?.enrollment).toBeNull();
  });

  it('leaves MFA off and the pending secret unchanged after a wrong code (SEC-3)', async () => {
    const browser = await signedInAlice();
    const pending = await start(browser);
    const response = await browser.post(apiPaths.confirmEnrollment, {
      code: wrongTotpAt(pending.secret, now()),
    });
    await expectError(response, 'invalid_code');
    expect(
      (await expectOk(await browser.get(apiPaths.me), meResponseSchema)).user.mfa.enabled,
    ).toBe(false);
    expect(
      (await expectOk(await browser.get(apiPaths.enrollment), enrollmentResponseSchema)).enrollment,
    ).toEqual(pending);
  });

  it('reports a skewed code as 403 clock_skew', async () => {
    const browser = await signedInAlice();
    const pending = await start(browser);
    const response = await browser.post(apiPaths.confirmEnrollment, {
      code: totpAt(pending.secret, now() - 4 * 30_000),
    });
    expect((await expectError(response, 'clock_skew')).skewMinutes).toBe(-2);
  });

  it('fails with 410 enrollment_expired after 15 minutes, even with a right code (SEC-3)', async () => {
    const browser = await signedInAlice();
    const pending = await start(browser);
    await advanceClock(15 * 60);
    await expectError(
      await browser.post(apiPaths.confirmEnrollment, { code: totpAt(pending.secret, now()) }),
      'enrollment_expired',
    );
    expect(
      (await expectOk(await browser.get(apiPaths.me), meResponseSchema)).user.mfa.enabled,
    ).toBe(false);
  });

  it('is 404 no_pending_enrollment without a pending enrollment, 409 once MFA is on', async () => {
    const browser = await signedInAlice();
    await expectError(
      await browser.post(apiPaths.confirmEnrollment, { code: '123456' }),
      'no_pending_enrollment',
    );
    const bob = new TestBrowser();
    await signInBob(bob);
    await expectError(
      await bob.post(apiPaths.confirmEnrollment, { code: '123456' }),
      'mfa_already_enabled',
    );
  });

  it('is throttled with 429 after 5 wrong codes, even for the right code (SEC-8)', async () => {
    const browser = await signedInAlice();
    const pending = await start(browser);
    for (let i = 0; i < 5; i += 1) {
      await expectError(
        await browser.post(apiPaths.confirmEnrollment, {
          code: wrongTotpAt(pending.secret, now()),
        }),
        'invalid_code',
      );
    }
    const response = await browser.post(apiPaths.confirmEnrollment, {
      code: totpAt(pending.secret, now()),
    });
    expect(response.headers.get('retry-after')).toBe('30');
    await expectError(response, 'too_many_attempts');
    await advanceClock(30);
    const confirmed = await browser.post(apiPaths.confirmEnrollment, {
      code: totpAt(pending.secret, now()),
    });
    await expectOk(confirmed, confirmEnrollmentResponseSchema);
  });

  it('rejects a malformed code with 400 invalid_code_format before anything else', async () => {
    const browser = await signedInAlice();
    await start(browser);
    await expectError(
      await browser.post(apiPaths.confirmEnrollment, { code: '12345' }),
      'invalid_code_format',
    );
    await expectError(await browser.post(apiPaths.confirmEnrollment, {}), 'invalid_request');
  });
});
