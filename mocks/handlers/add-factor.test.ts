import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { factorPaths } from '#src/api/factors';
import { now } from '../db/clock';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { totpAt, wrongTotpAt } from '../testing/codes';
import { addApp, bobInSudo, enterSudo, listFactors } from '../testing/factor-flows';
import {
  enrollAlice,
  mailbox,
  signInAlice,
  startEnrollment,
  startSignIn,
  verify,
} from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const added = (subject: string) => subject.endsWith('A second factor was added');

describe('POST factors (one more authenticator app)', () => {
  it('is saved only once its code verified, without a name, number 2, newest first', async () => {
    const browser = await bobInSudo();
    const { secret } = await startEnrollment(browser);
    expect(secret).not.toBe(bobTotpSecret);
    await expectError(
      await browser.post(factorPaths.factors, { code: wrongTotpAt(secret, now()) }),
      'invalid_code',
    );
    expect(await listFactors(browser)).toHaveLength(1);
    const response = await browser.post(factorPaths.factors, { code: totpAt(secret, now()) });
    expect(response.status).toBe(201);
    expect(await response.text()).not.toContain(secret);
    const names = (await listFactors(browser)).map(({ name, number }) => [name, number]);
    expect(names).toEqual([
      [null, 2],
      [null, 1],
    ]);
    const notices = (await mailbox(browser)).filter((mail) => added(mail.subject));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.body).not.toContain(secret);
  });

  it('leaves nothing behind when the set-up is cancelled or expires', async () => {
    const browser = await bobInSudo();
    await startEnrollment(browser);
    await browser.delete(apiPaths.enrollment);
    await expectError(
      await browser.post(factorPaths.factors, { code: '123456' }),
      'no_pending_enrollment',
    );
    const { secret } = await startEnrollment(browser);
    await advanceClock(15 * 60);
    await enterSudo(browser);
    await expectError(
      await browser.post(factorPaths.factors, { code: totpAt(secret, now()) }),
      'enrollment_expired',
    );
    expect(await listFactors(browser)).toHaveLength(1);
    expect((await mailbox(browser)).filter((mail) => added(mail.subject))).toEqual([]);
  });

  it('is refused without sudo mode, and for an account without MFA', async () => {
    const alice = new TestBrowser();
    await signInAlice(alice);
    await expectError(await alice.post(factorPaths.factors, { code: '123456' }), 'mfa_not_enabled');
    const enrolled = new TestBrowser();
    await enrollAlice(enrolled);
    await expectError(
      await enrolled.post(factorPaths.factors, { code: '123456' }),
      'reauth_required',
    );
  });

  it('holds at most 8 factors', async () => {
    const browser = await bobInSudo();
    for (let i = 2; i <= 8; i += 1) await addApp(browser);
    expect((await listFactors(browser))[0]).toMatchObject({ name: null, number: 8 });
    await expectError(await browser.post(apiPaths.enrollment), 'factor_limit_reached');
  });
});

describe('signing in with any of the apps', () => {
  it('accepts a code from either app', async () => {
    const browser = await bobInSudo();
    const { secret } = await addApp(browser);
    await advanceClock(30);
    const first = new TestBrowser();
    const viaNew = await startSignIn(first, seedAccounts.bob);
    expect((await verify(first, viaNew.id, { code: totpAt(secret, now()) })).id).toBe('usr_bob');
    const second = new TestBrowser();
    const viaOld = await startSignIn(second, seedAccounts.bob);
    const user = await verify(second, viaOld.id, { code: totpAt(bobTotpSecret, now()) });
    expect(user.mfa.enabled).toBe(true);
  });

  it('shares one attempt limit: 5 wrong codes, then even a right one waits (SEC-8)', async () => {
    const browser = await bobInSudo();
    const { secret } = await addApp(browser);
    await advanceClock(30);
    const other = new TestBrowser();
    const challenge = await startSignIn(other, seedAccounts.bob);
    const wrong = wrongTotpAt([secret, bobTotpSecret], now());
    for (let i = 0; i < 5; i += 1) {
      const response = await other.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        code: wrong,
      });
      await expectError(response, 'invalid_code');
    }
    const refused = await other.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: totpAt(secret, now()),
    });
    expect((await expectError(refused, 'too_many_attempts')).retryAfter).toBe(30);
  });
});
