import { describe, expect, it } from 'vitest';
import { apiPaths, verifyChallengeResponseSchema } from '#src/api/auth';
import { meResponseSchema } from '#src/api/user';
import { now } from '../db/clock';
import { advanceClock } from '../testing/clock';
import { STORE_KEY } from '../db/db';
import { storeSchema } from '../db/schema';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk, inProcess, worldHeaders } from '../testing/client';
import { totpAt, wrongTotpAt } from '../testing/codes';
import { enrollAlice, latestMailedCode, mailbox, startSignIn, verify } from '../testing/flows';
import { setupMockServer } from '../testing/server';

const { storage } = setupMockServer();
const { alice, bob } = seedAccounts;

describe('POST challenge/verify', () => {
  it('signs Bob in with his authenticator: user, fresh HttpOnly session cookie, lastUsedAt', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: totpAt(bobTotpSecret, now()),
    });
    expect(response.headers.get('set-cookie')).toMatch(
      /^sid=ses_[\w-]{22}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const { user } = await expectOk(response, verifyChallengeResponseSchema);
    expect(user).toMatchObject({ id: 'usr_bob', name: 'Bob Lee', email: bob.email });
    expect(user.mfa).toEqual({
      enabled: true,
      enabledAt: '2026-01-15T09:00:00.000Z',
      lastUsedAt: '2026-03-02T10:00:05.000Z',
      recoveryCodesRemaining: 10,
    });
    await expectOk(await browser.get(apiPaths.me), meResponseSchema);
  });

  it('signs Alice in with the emailed code', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    const user = await verify(browser, challenge.id, {
      code: await latestMailedCode(browser, alice.email),
    });
    expect(user.mfa.enabled).toBe(false);
  });

  it('issues a new session id each time and ends the one the browser had (SEC-11)', async () => {
    const browser = new TestBrowser();
    const first = await startSignIn(browser, alice);
    const firstResponse = await browser.post(apiPaths.verifyChallenge, {
      challengeId: first.id,
      code: await latestMailedCode(browser, alice.email),
    });
    const second = await startSignIn(browser, alice);
    const secondResponse = await browser.post(apiPaths.verifyChallenge, {
      challengeId: second.id,
      code: await latestMailedCode(browser, alice.email),
    });
    const sid = (response: Response) =>
      /^sid=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    expect(sid(firstResponse)).toBeDefined();
    expect(sid(firstResponse)).not.toBe(sid(secondResponse));
    // The first session is over: its cookie, sent on its own, opens nothing.
    const replayed = await fetch(`${new TestBrowser().origin}${apiPaths.me}`, {
      headers: { cookie: `sid=${sid(firstResponse)}`, ...worldHeaders() },
    });
    await expectError(replayed, 'unauthenticated');
    if (!inProcess) return; // the server's store is out of sight over HTTP
    const sessions = storeSchema.parse(JSON.parse(storage().getItem(STORE_KEY) ?? '')).sessions;
    expect(sessions.map((session) => session.id)).toEqual([sid(secondResponse)]);
  });

  it('signs in with a recovery code once; the second use is rejected (SEC-18)', async () => {
    const browser = new TestBrowser();
    const [code = ''] = bobRecoveryCodes;
    const first = await startSignIn(browser, bob);
    const user = await verify(browser, first.id, { recoveryCode: code.toUpperCase() });
    expect(user.mfa.recoveryCodesRemaining).toBe(9);
    const second = await startSignIn(browser, bob);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: second.id,
      recoveryCode: code,
    });
    await expectError(response, 'invalid_recovery_code');
  });

  it('rejects an unknown and a used challenge with 401 challenge_invalid (SEC-10)', async () => {
    const browser = new TestBrowser();
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: 'chl_nope', code: '123456' }),
      'challenge_invalid',
    );
    const challenge = await startSignIn(browser, alice);
    const code = await latestMailedCode(browser, alice.email);
    await verify(browser, challenge.id, { code });
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code }),
      'challenge_invalid',
    );
  });

  it('voids an email challenge once MFA was turned on meanwhile (another tab)', async () => {
    const browser = new TestBrowser();
    const stale = await startSignIn(browser, alice);
    const code = await latestMailedCode(browser, alice.email);
    await enrollAlice(new TestBrowser());
    const response = await browser.post(apiPaths.verifyChallenge, { challengeId: stale.id, code });
    await expectError(response, 'challenge_invalid');
  });

  it('rejects a challenge older than 5 minutes with 410 challenge_expired (SEC-10)', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    await advanceClock(5 * 60);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: totpAt(bobTotpSecret, now()),
    });
    await expectError(response, 'challenge_expired');
  });

  it("rejects A's challenge with B's code (SEC-10)", async () => {
    const browser = new TestBrowser();
    const aliceChallenge = await startSignIn(browser, alice);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: aliceChallenge.id,
      code: totpAt(bobTotpSecret, now()),
    });
    await expectError(response, 'invalid_code');
  });

  it('rejects a wrong code with 403 invalid_code and keeps the challenge usable', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    const code = wrongTotpAt(bobTotpSecret, now());
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code }),
      'invalid_code',
    );
    await verify(browser, challenge.id, { code: totpAt(bobTotpSecret, now()) });
  });

  it('rejects the same TOTP code on a second sign-in with 403 code_already_used (SEC-7)', async () => {
    const browser = new TestBrowser();
    const code = totpAt(bobTotpSecret, now());
    await verify(browser, (await startSignIn(browser, bob)).id, { code });
    const again = await startSignIn(browser, bob);
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: again.id, code }),
      'code_already_used',
    );
  });

  it('lets exactly one of two simultaneous submits of one code through (SEC-7)', async () => {
    const [one, two] = [new TestBrowser(), new TestBrowser()];
    const challenge = await startSignIn(one, bob);
    const body = { challengeId: challenge.id, code: totpAt(bobTotpSecret, now()) };
    const responses = await Promise.all([
      one.post(apiPaths.verifyChallenge, body),
      two.post(apiPaths.verifyChallenge, body),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 401]);
  });

  it('accepts T-1 and T+1, and reports T±2 as clock_skew with minutes (SEC-5)', async () => {
    const browser = new TestBrowser();
    await verify(browser, (await startSignIn(browser, bob)).id, {
      code: totpAt(bobTotpSecret, now() - 30_000),
    });
    await verify(browser, (await startSignIn(browser, bob)).id, {
      code: totpAt(bobTotpSecret, now() + 30_000),
    });
    await advanceClock(120);
    for (const [steps, minutes] of [
      [2, 1],
      [-2, -1],
      [10, 5],
    ] as const) {
      const challenge = await startSignIn(browser, bob);
      const response = await browser.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        code: totpAt(bobTotpSecret, now() + steps * 30_000),
      });
      expect((await expectError(response, 'clock_skew')).skewMinutes).toBe(minutes);
    }
  });

  it('refuses a recovery code on an email challenge with 400 invalid_request', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      recoveryCode: bobRecoveryCodes[0],
    });
    expect((await expectError(response, 'invalid_request')).fields).toEqual(['recoveryCode']);
  });

  it('mails one notice, without the code, when a recovery code signs in (SEC-19)', async () => {
    const browser = new TestBrowser();
    await verify(browser, (await startSignIn(browser, bob)).id, {
      recoveryCode: bobRecoveryCodes[3],
    });
    const messages = await mailbox(browser);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      to: bob.email,
      subject: expect.stringMatching(/recovery code was used/i),
    });
    expect(messages[0]?.code).toBeUndefined();
    expect(JSON.stringify(messages)).not.toContain(bobRecoveryCodes[3].slice(0, 5));
  });
});
