import { describe, expect, it } from 'vitest';
import { accountRecoveryPaths, requestRecoveryResponseSchema } from '#src/api/account-recovery';
import { apiPaths } from '#src/api/auth';
import { meResponseSchema } from '#src/api/user';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { latestMailedCode, mailbox, signInAlice, signInBob, startSignIn } from '../testing/flows';
import {
  passHours,
  RECOVERY_PERIOD_SECONDS,
  recoveryStatus,
  requestBobRecovery,
  startBobRecovery,
} from '../testing/recovery-flows';
import { TEST_START, setupMockServer } from '../testing/server';

setupMockServer();
const { alice, bob } = seedAccounts;
const PERIOD_HOURS = RECOVERY_PERIOD_SECONDS / 3600;

async function signedInBob(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInBob(browser);
  return browser;
}

describe('POST account-recovery/request', () => {
  it('mails a 6-digit code to the account’s own address and says where, masked', async () => {
    const browser = new TestBrowser();
    const { recovery, code } = await requestBobRecovery(browser);
    expect(recovery.maskedEmail).toBe('b•••@example.com');
    expect(recovery.codeExpiresAt).toBe(new Date(TEST_START.getTime() + 15 * 60_000).toISOString());
    expect(code).toMatch(/^[0-9]{6}$/);
    const [mail] = await mailbox(browser);
    expect(mail?.to).toBe(bob.email);
  });

  it('answers an unknown, forged or expired challenge alike, and never takes an email', async () => {
    const browser = new TestBrowser();
    const answers = [];
    for (const body of [
      { challengeId: 'chl_unknown' },
      { challengeId: 'chl_unknown', email: bob.email },
      { challengeId: 'chl_unknown', email: 'nobody@example.com' },
    ]) {
      const response = await browser.post(accountRecoveryPaths.request, body);
      answers.push({ status: response.status, body: await response.text() });
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]?.status).toBe(401);
    expect(await mailbox(browser)).toHaveLength(0);
    const expired = await startSignIn(browser, bob);
    await advanceClock(300);
    await expectError(
      await browser.post(accountRecoveryPaths.request, { challengeId: expired.id }),
      'challenge_expired',
    );
  });

  it('refuses an email challenge (MFA off): there is nothing to recover', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    await expectError(
      await browser.post(accountRecoveryPaths.request, { challengeId: challenge.id }),
      'mfa_not_enabled',
    );
  });

  it('a new request voids the unconfirmed one’s code', async () => {
    const browser = new TestBrowser();
    const first = await requestBobRecovery(browser);
    await requestBobRecovery(browser);
    await expectError(
      await browser.post(accountRecoveryPaths.confirm, {
        recoveryId: first.recovery.id,
        code: first.code,
      }),
      'recovery_request_invalid',
    );
  });

  it('allows 3 requests a day, then 429 with Retry-After', async () => {
    const browser = new TestBrowser();
    for (let i = 0; i < 3; i += 1) await requestBobRecovery(browser);
    const challenge = await startSignIn(browser, bob);
    const refused = await browser.post(accountRecoveryPaths.request, { challengeId: challenge.id });
    expect(refused.headers.get('retry-after')).toBe(String(24 * 3600));
    await expectError(refused, 'too_many_attempts');
    await passHours(24);
    await requestBobRecovery(browser);
  });

  it('refuses a second request while one is pending', async () => {
    const browser = new TestBrowser();
    await startBobRecovery(browser);
    const challenge = await startSignIn(browser, bob);
    await expectError(
      await browser.post(accountRecoveryPaths.request, { challengeId: challenge.id }),
      'recovery_already_pending',
    );
  });
});

describe('POST account-recovery/confirm', () => {
  it('starts the 72-hour period and mails the owner', async () => {
    const browser = new TestBrowser();
    const recovery = await startBobRecovery(browser);
    expect(recovery).toEqual({
      status: 'pending',
      requestedAt: TEST_START.toISOString(),
      completesAt: new Date(TEST_START.getTime() + RECOVERY_PERIOD_SECONDS * 1000).toISOString(),
    });
    const [notice] = await mailbox(browser);
    expect(notice?.subject).toMatch(/Account recovery was requested/);
    expect(notice?.body).toMatch(/72 hours/);
    expect(notice?.code).toBeUndefined();
  });

  it('counts wrong codes and voids the request at the fifth', async () => {
    const browser = new TestBrowser();
    const { recovery, code } = await requestBobRecovery(browser);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await expectError(
        await browser.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code: wrong }),
        'invalid_code',
      );
    }
    await expectError(
      await browser.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code }),
      'recovery_request_invalid',
    );
  });

  it('refuses the code after 15 minutes, a forged id and a malformed code', async () => {
    const browser = new TestBrowser();
    const { recovery, code } = await requestBobRecovery(browser);
    await expectError(
      await browser.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code: '12a456' }),
      'invalid_code_format',
    );
    await expectError(
      await browser.post(accountRecoveryPaths.confirm, { recoveryId: 'rcv_forged', code }),
      'recovery_request_invalid',
    );
    await advanceClock(15 * 60);
    await expectError(
      await browser.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code }),
      'recovery_request_invalid',
    );
  });
});

describe('the recovery period', () => {
  it('shows the pending recovery to every signed-in session of the account', async () => {
    const bobSession = await signedInBob();
    const aliceSession = new TestBrowser();
    await signInAlice(aliceSession);
    const started = await startBobRecovery(new TestBrowser());
    expect(await recoveryStatus(bobSession)).toEqual(started);
    expect(await recoveryStatus(aliceSession)).toBeNull();
  });

  it('cannot complete early: one second before the end MFA is still on', async () => {
    const browser = new TestBrowser();
    await startBobRecovery(browser);
    await passHours(PERIOD_HOURS - 1);
    await advanceClock(3600 - 1);
    expect((await startSignIn(browser, bob)).type).toBe('mfa');
    const session = await signedInBob();
    expect((await recoveryStatus(session))?.status).toBe('pending');
  });

  it('completes when it ends: MFA off, every session ended, a mail, sign-in by emailed code', async () => {
    const browser = new TestBrowser();
    await startBobRecovery(browser);
    await passHours(PERIOD_HOURS - 1);
    const session = await signedInBob();
    await advanceClock(30);
    const other = await signedInBob();
    await advanceClock(3600 - 30);
    await expectError(await session.get(apiPaths.me), 'unauthenticated');
    await expectError(await other.get(apiPaths.me), 'unauthenticated');
    const [notice] = await mailbox(browser);
    expect(notice?.subject).toMatch(/Account recovery turned off two-factor authentication/);
    const challenge = await startSignIn(browser, bob);
    expect(challenge.type).toBe('email');
    const signedIn = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: await latestMailedCode(browser, bob.email),
    });
    await expectOk(signedIn, meResponseSchema);
    const { user } = await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    expect(user.mfa).toMatchObject({ enabled: false, recoveryCodesRemaining: 0 });
    expect((await recoveryStatus(browser))?.status).toBe('completed');
  });

  it('a cancelled recovery never completes, and cannot be confirmed or cancelled again', async () => {
    const requester = new TestBrowser();
    const { recovery, code } = await requestBobRecovery(requester);
    await requester.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code });
    const session = await signedInBob();
    const cancelled = await session.post(accountRecoveryPaths.cancel);
    expect(await cancelled.json()).toEqual({ recovery: null });
    const [notice] = await mailbox(session);
    expect(notice?.subject).toMatch(/Account recovery was cancelled/);
    expect(await recoveryStatus(session)).toBeNull();
    await expectError(await session.post(accountRecoveryPaths.cancel), 'no_pending_recovery');
    await expectError(
      await requester.post(accountRecoveryPaths.confirm, { recoveryId: recovery.id, code }),
      'recovery_request_invalid',
    );
    await passHours(PERIOD_HOURS + 1);
    expect((await startSignIn(requester, bob)).type).toBe('mfa');
  });

  it('may be requested again after a cancel', async () => {
    const browser = new TestBrowser();
    await startBobRecovery(browser);
    const session = await signedInBob();
    await session.post(accountRecoveryPaths.cancel);
    const again = await startSignIn(browser, bob);
    const response = await browser.post(accountRecoveryPaths.request, { challengeId: again.id });
    await expectOk(response, requestRecoveryResponseSchema, 201);
  });

  it('needs a session to read or cancel', async () => {
    const browser = new TestBrowser();
    await expectError(await browser.get(accountRecoveryPaths.status), 'unauthenticated');
    await expectError(await browser.post(accountRecoveryPaths.cancel), 'unauthenticated');
  });
});
