import { describe, expect, it } from 'vitest';
import { apiPaths, resendCodeResponseSchema } from '#src/api/auth';
import { advanceClock } from '../testing/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { latestMailedCode, mailbox, startSignIn, verify } from '../testing/flows';
import { TEST_START, setupMockServer } from '../testing/server';

setupMockServer();
const { alice, bob } = seedAccounts;

describe('POST challenge/resend', () => {
  it('mails a new code after the 60 s cooldown and voids the old one', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    const oldCode = await latestMailedCode(browser, alice.email);
    await advanceClock(60);
    const response = await browser.post(apiPaths.resendCode, { challengeId: challenge.id });
    const resent = (await expectOk(response, resendCodeResponseSchema)).challenge;
    expect(resent).toMatchObject({
      id: challenge.id,
      type: 'email',
      expiresAt: challenge.expiresAt,
      resendAvailableAt: new Date(TEST_START.getTime() + 120_000).toISOString(),
    });
    expect(await mailbox(browser)).toHaveLength(2);
    const newCode = await latestMailedCode(browser, alice.email);
    if (oldCode !== newCode) {
      const stale = await browser.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        code: oldCode,
      });
      await expectError(stale, 'invalid_code');
    }
    await verify(browser, challenge.id, { code: newCode });
  });

  it('refuses within 60 s of the last send with 429 resend_cooldown and Retry-After', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    await advanceClock(45);
    const response = await browser.post(apiPaths.resendCode, { challengeId: challenge.id });
    expect(response.headers.get('retry-after')).toBe('15');
    expect((await expectError(response, 'resend_cooldown')).retryAfter).toBe(15);
    expect(await mailbox(browser)).toHaveLength(1);
  });

  it('refuses a TOTP challenge with 400 not_email_challenge', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    await expectError(
      await browser.post(apiPaths.resendCode, { challengeId: challenge.id }),
      'not_email_challenge',
    );
  });

  it('answers unknown, used and expired challenges like verify does', async () => {
    const browser = new TestBrowser();
    await expectError(
      await browser.post(apiPaths.resendCode, { challengeId: 'chl_unknown' }),
      'challenge_invalid',
    );
    const used = await startSignIn(browser, alice);
    await verify(browser, used.id, { code: await latestMailedCode(browser, alice.email) });
    await expectError(
      await browser.post(apiPaths.resendCode, { challengeId: used.id }),
      'challenge_invalid',
    );
    const expired = await startSignIn(browser, alice);
    await advanceClock(300);
    await expectError(
      await browser.post(apiPaths.resendCode, { challengeId: expired.id }),
      'challenge_expired',
    );
  });

  it('rejects a body without a challenge id with 400 invalid_request', async () => {
    const browser = new TestBrowser();
    const details = await expectError(
      await browser.post(apiPaths.resendCode, {}),
      'invalid_request',
    );
    expect(details.fields).toEqual(['challengeId']);
  });
});
