import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { now } from '../db/clock';
import { advanceClock } from '../testing/clock';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { waitSeconds } from '../db/throttle';
import { TestBrowser, expectError } from '../testing/client';
import { totpAt, unknownRecoveryCode, wrongTotpAt } from '../testing/codes';
import { latestMailedCode, startSignIn, verify } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const { alice, bob } = seedAccounts;

async function submit(browser: TestBrowser, challengeId: string, code: string) {
  return browser.post(apiPaths.verifyChallenge, { challengeId, code });
}

describe('per-account throttle of second factors (SEC-8)', () => {
  it('after 5 wrong codes across two sign-ins even the right code gets 429 until the wait passes', async () => {
    const browser = new TestBrowser();
    const first = await startSignIn(browser, bob);
    for (let i = 0; i < 3; i += 1)
      await expectError(
        await submit(browser, first.id, wrongTotpAt(bobTotpSecret, now())),
        'invalid_code',
      );
    const second = await startSignIn(browser, bob);
    for (let i = 0; i < 2; i += 1)
      await expectError(
        await submit(browser, second.id, wrongTotpAt(bobTotpSecret, now())),
        'invalid_code',
      );

    const refused = await submit(browser, second.id, totpAt(bobTotpSecret, now()));
    expect(refused.headers.get('retry-after')).toBe('30');
    expect((await expectError(refused, 'too_many_attempts')).retryAfter).toBe(30);
    await advanceClock(29);
    const stillRefused = await submit(browser, second.id, totpAt(bobTotpSecret, now()));
    expect(stillRefused.headers.get('retry-after')).toBe('1');
    await expectError(stillRefused, 'too_many_attempts');
    // A new challenge does not reset the count: it belongs to the account.
    const third = await startSignIn(browser, bob);
    await expectError(
      await submit(browser, third.id, totpAt(bobTotpSecret, now())),
      'too_many_attempts',
    );

    await advanceClock(1);
    const user = await verify(browser, third.id, { code: totpAt(bobTotpSecret, now()) });
    expect(user.id).toBe('usr_bob');
  });

  it('makes the wait grow with each further failure', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    for (let i = 0; i < 5; i += 1)
      await submit(browser, challenge.id, wrongTotpAt(bobTotpSecret, now()));
    const waits: number[] = [];
    for (let failures = 5; failures < 8; failures += 1) {
      const refused = await expectError(
        await submit(browser, challenge.id, wrongTotpAt(bobTotpSecret, now())),
        'too_many_attempts',
      );
      waits.push(refused.retryAfter ?? 0);
      await advanceClock(refused.retryAfter ?? 0);
      await expectError(
        await submit(browser, challenge.id, wrongTotpAt(bobTotpSecret, now())),
        'invalid_code',
      );
    }
    expect(waits).toEqual([30, 60, 120]);
  });

  it('counts wrong email codes, and a success resets the count', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    const code = await latestMailedCode(browser, alice.email);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 4; i += 1)
      await expectError(await submit(browser, challenge.id, wrong), 'invalid_code');
    await verify(browser, challenge.id, { code });
    const next = await startSignIn(browser, alice);
    for (let i = 0; i < 4; i += 1)
      await expectError(await submit(browser, next.id, wrong), 'invalid_code');
    await verify(browser, next.id, { code: await latestMailedCode(browser, alice.email) });
  });

  it('counts replayed, skewed and wrong recovery codes', async () => {
    const browser = new TestBrowser();
    const used = totpAt(bobTotpSecret, now());
    await verify(browser, (await startSignIn(browser, bob)).id, { code: used });
    const challenge = await startSignIn(browser, bob);
    await expectError(await submit(browser, challenge.id, used), 'code_already_used');
    await expectError(
      await submit(browser, challenge.id, totpAt(bobTotpSecret, now() + 4 * 30_000)),
      'clock_skew',
    );
    await expectError(
      await submit(browser, challenge.id, totpAt(bobTotpSecret, now() + 6 * 30_000)),
      'clock_skew',
    );
    for (let i = 0; i < 2; i += 1) {
      const response = await browser.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        recoveryCode: unknownRecoveryCode,
      });
      await expectError(response, 'invalid_recovery_code');
    }
    await expectError(
      await submit(browser, challenge.id, totpAt(bobTotpSecret, now() + 30_000)),
      'too_many_attempts',
    );
  });

  it('locks the account after 100 failures in a row: 423 even for the right code', async () => {
    const browser = new TestBrowser();
    for (let failures = 0; failures < 100; failures += 1) {
      await advanceClock(waitSeconds(failures));
      const challenge = await startSignIn(browser, bob);
      await expectError(
        await submit(browser, challenge.id, wrongTotpAt(bobTotpSecret, now())),
        'invalid_code',
      );
    }
    await advanceClock(24 * 3600);
    const challenge = await startSignIn(browser, bob);
    const response = await submit(browser, challenge.id, totpAt(bobTotpSecret, now()));
    expect(response.headers.get('retry-after')).toBeNull();
    await expectError(response, 'account_locked');
  }, 30_000);
});
