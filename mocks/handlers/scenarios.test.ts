import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { confirmEnrollmentResponseSchema } from '#src/api/mfa';
import { appliedScenarioSchema, scenarioPath, type AppliedScenario } from '#src/api/mock-scenarios';
import { factorListResponseSchema, factorPaths } from '#src/api/factors';
import { meResponseSchema } from '#src/api/user';
import { authenticationOptionsResponseSchema, webauthnPaths } from '#src/api/webauthn';
import { scenarioCatalog, type ScenarioName } from '../scenarios/catalog';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { setupMockServer } from '../testing/server';

setupMockServer();

async function apply(browser: TestBrowser, name: ScenarioName): Promise<AppliedScenario> {
  return expectOk(await browser.post(scenarioPath, { name }), appliedScenarioSchema);
}

/** The value the scenario's steps type into `field`, as the page would. */
function typed(applied: AppliedScenario, field: string): string {
  for (const step of applied.steps) {
    const value = step.action === 'submit' ? step.fields[field] : undefined;
    if (value !== undefined) return value;
  }
  throw new Error(`${applied.name} types nothing into ${field}`);
}

function challengeId(applied: AppliedScenario): string {
  const id = applied.landing.state?.challenge.id;
  if (!id) throw new Error(`${applied.name} lands without a challenge`);
  return id;
}

/** What the second-factor screen would send after the scenario's steps. */
const submitCode = (browser: TestBrowser, applied: AppliedScenario) =>
  browser.post(apiPaths.verifyChallenge, {
    challengeId: challengeId(applied),
    code: typed(applied, 'code'),
  });

describe('POST /api/__mock/scenario', () => {
  it.each(scenarioCatalog.map((entry) => entry.name))(
    '%s applies and lands on a path with a check for its screen',
    async (name) => {
      const browser = new TestBrowser();
      const applied = await apply(browser, name);
      expect(applied.name).toBe(name);
      expect(applied.landing.path).toMatch(/^\//);
      expect(applied.expect.length).toBeGreaterThan(0);
      const me = await browser.get(apiPaths.me);
      // A console screen needs a session; every other screen is reached signed out, and one
      // console screen is reached with a session another device signed out (its guard's notice).
      const signedIn =
        !/^\/(sign-in|no-such-page|forgot-password|reset-password)/.test(applied.landing.path) &&
        name !== 'session-ended-elsewhere';
      expect(me.status).toBe(signedIn ? 200 : 401);
      expect(applied.holdsSession).toBe(signedIn || name === 'session-ended-elsewhere');
    },
  );

  it('answers 404 for an unknown scenario and 400 for a malformed request', async () => {
    const browser = new TestBrowser();
    await expectError(await browser.post(scenarioPath, { name: 'no-such-scenario' }), 'not_found');
    await expectError(await browser.post(scenarioPath, { nom: 'sign-in' }), 'invalid_request');
  });

  it('starts from the seed: a session from before is gone', async () => {
    const browser = new TestBrowser();
    await apply(browser, 'console-mfa-on');
    expect((await browser.get(apiPaths.me)).status).toBe(200);
    await apply(browser, 'sign-in');
    expect((await browser.get(apiPaths.me)).status).toBe(401);
  });
});

describe('each state is genuine: the backend answers the steps as the screen shows', () => {
  it('wrong, replayed, skewed and throttled codes fail for their own reason', async () => {
    const browser = new TestBrowser();
    await expectError(
      await submitCode(browser, await apply(browser, 'totp-wrong-code')),
      'invalid_code',
    );
    await expectError(
      await submitCode(browser, await apply(browser, 'totp-replayed-code')),
      'code_already_used',
    );
    const skew = await expectError(
      await submitCode(browser, await apply(browser, 'totp-clock-skew')),
      'clock_skew',
    );
    expect(skew.skewMinutes).toBe(4);
    const throttled = await expectError(
      await submitCode(browser, await apply(browser, 'totp-throttled')),
      'too_many_attempts',
    );
    expect(throttled.retryAfter).toBeGreaterThan(0);
    await expectError(
      await submitCode(browser, await apply(browser, 'sign-in-locked')),
      'account_locked',
    );
  });

  it('the password step waits after five wrong passwords, even for the right one', async () => {
    const browser = new TestBrowser();
    const applied = await apply(browser, 'sign-in-throttled');
    const body = { email: typed(applied, 'email'), password: typed(applied, 'password') };
    const throttled = await expectError(
      await browser.post(apiPaths.signIn, body),
      'too_many_attempts',
    );
    expect(throttled.retryAfter).toBeGreaterThan(0);
  });

  it('email states: a wrong code, an expired attempt, a resend that is allowed', async () => {
    const browser = new TestBrowser();
    await expectError(
      await submitCode(browser, await apply(browser, 'email-wrong-code')),
      'invalid_code',
    );
    await expectError(
      await submitCode(browser, await apply(browser, 'email-expired')),
      'challenge_expired',
    );
    const resend = await apply(browser, 'email-resend-cooldown');
    const response = await browser.post(apiPaths.resendCode, { challengeId: challengeId(resend) });
    expect(response.status).toBe(200);
  });

  it('the enrollment scenarios hold a pending key that the typed code confirms', async () => {
    const browser = new TestBrowser();
    const applied = await apply(browser, 'enroll-recovery-codes');
    const response = await browser.post(apiPaths.confirmEnrollment, {
      code: typed(applied, 'code'),
    });
    const confirmed = await expectOk(response, confirmEnrollmentResponseSchema);
    expect(confirmed.recoveryCodes).toHaveLength(10);

    const wrong = await apply(browser, 'enroll-wrong-code');
    await expectError(
      await browser.post(apiPaths.confirmEnrollment, { code: typed(wrong, 'code') }),
      'invalid_code',
    );
  });

  it('Profile settings with one recovery code left says so', async () => {
    const browser = new TestBrowser();
    await apply(browser, 'profile-one-recovery-code');
    const { user } = await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    expect(user.mfa.recoveryCodesRemaining).toBe(1);
  });

  it('the re-authentication dialogs fail on the typed password or code', async () => {
    const browser = new TestBrowser();
    for (const [name, path, code] of [
      ['disable-wrong-password', apiPaths.disableMfa, 'invalid_password'],
      ['disable-wrong-code', apiPaths.disableMfa, 'invalid_code'],
      ['regenerate-wrong-code', apiPaths.regenerateRecoveryCodes, 'invalid_code'],
    ] as const) {
      const applied = await apply(browser, name);
      const body = { password: typed(applied, 'password'), code: typed(applied, 'code') };
      await expectError(await browser.post(path, body), code);
    }
  });

  it('the key scenarios hold genuine keys: listed with their kinds, offered first at sign-in', async () => {
    const browser = new TestBrowser();
    await apply(browser, 'profile-keys');
    const { factors } = await expectOk(
      await browser.get(factorPaths.factors),
      factorListResponseSchema,
    );
    expect(factors.map(({ type, synced }) => [type, synced])).toEqual([
      ['security_key', false],
      ['passkey', true],
      ['totp', undefined],
    ]);
    const first = await apply(browser, 'key-challenge');
    expect(first.landing.state?.challenge.methods).toEqual(['webauthn', 'totp']);
    await expectOk(
      await browser.post(webauthnPaths.signInOptions, { challengeId: challengeId(first) }),
      authenticationOptionsResponseSchema,
    );
    const only = await apply(browser, 'key-only-challenge');
    expect(only.landing.state?.challenge.methods).toEqual(['webauthn']);
  });
});
