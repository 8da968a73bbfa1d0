import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { enrollmentResponseSchema } from '#src/api/mfa';
import { factorPath, factorPaths, factorResponseSchema } from '#src/api/factors';
import { now } from '../db/clock';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { wrongTotpAt } from '../testing/codes';
import { addApp, bobInSudo, listFactors } from '../testing/factor-flows';
import { mailbox, nextStepCode, signInAlice, signInBob, startSignIn } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const bobApp = 'fct_bob_app';

describe('GET factors', () => {
  it('is 401 without a session (SEC-4)', async () => {
    await expectError(await new TestBrowser().get(factorPaths.factors), 'unauthenticated');
  });

  it("lists Bob's authenticator app with its dates and never its secret", async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const response = await browser.get(factorPaths.factors);
    const text = await response.clone().text();
    expect(text).not.toContain(bobTotpSecret);
    const [app, ...rest] = await listFactors(browser);
    expect(rest).toEqual([]);
    expect(app).toMatchObject({
      id: bobApp,
      type: 'totp',
      name: null,
      number: 1,
      createdAt: '2026-01-15T09:00:00.000Z',
    });
  });

  it('is empty for an account without MFA', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    expect(await listFactors(browser)).toEqual([]);
  });
});

describe('POST sudo', () => {
  it('needs the password and a current code; a wrong one opens nothing', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const code = await nextStepCode(bobTotpSecret);
    await expectError(
      await browser.post(factorPaths.sudo, { password: 'Bob#2025', code }),
      'invalid_password',
    );
    await expectError(
      await browser.post(factorPaths.sudo, {
        password: seedAccounts.bob.password,
        code: wrongTotpAt(bobTotpSecret, now()),
      }),
      'invalid_code',
    );
    await expectError(await browser.post(apiPaths.enrollment), 'reauth_required');
  });

  it('lasts 10 minutes for this session only', async () => {
    const browser = await bobInSudo();
    const other = new TestBrowser();
    await advanceClock(30);
    await signInBob(other);
    await expectError(await other.delete(factorPath(bobApp)), 'reauth_required');
    await advanceClock(9 * 60);
    await expectOk(await browser.post(apiPaths.enrollment), enrollmentResponseSchema);
    await advanceClock(61);
    await expectError(await browser.post(apiPaths.enrollment), 'reauth_required');
  });
});

describe('PATCH factor (rename)', () => {
  it('trims the name and keeps it; no sudo mode needed', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    const response = await browser.patch(factorPath(bobApp), { name: '  Phone  ' });
    const { factor } = await expectOk(response, factorResponseSchema);
    expect(factor.name).toBe('Phone');
    expect((await listFactors(browser))[0]?.name).toBe('Phone');
  });

  it('refuses a name another factor has (any case), an empty or long one, an unknown id', async () => {
    const browser = await bobInSudo();
    await expectOk(
      await browser.patch(factorPath(bobApp), { name: 'Phone' }),
      factorResponseSchema,
    );
    const { factor } = await addApp(browser);
    await expectError(
      await browser.patch(factorPath(factor.id), { name: 'pHONE' }),
      'factor_name_taken',
    );
    await expectError(
      await browser.patch(factorPath(factor.id), { name: '   ' }),
      'invalid_request',
    );
    await expectError(
      await browser.patch(factorPath(factor.id), { name: 'x'.repeat(41) }),
      'invalid_request',
    );
    await expectError(await browser.patch(factorPath('fct_nobody'), { name: 'A' }), 'not_found');
    // Its own name again is fine.
    await expectOk(
      await browser.patch(factorPath(bobApp), { name: 'Phone' }),
      factorResponseSchema,
    );
  });
});

describe('DELETE factor', () => {
  it('needs sudo mode', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    await expectError(await browser.delete(factorPath(bobApp)), 'reauth_required');
  });

  it('removes one of two, mails a notice, and that app no longer signs in', async () => {
    const browser = await bobInSudo();
    const added = await addApp(browser);
    const response = await browser.delete(factorPath(bobApp));
    expect(response.status).toBe(200);
    expect((await listFactors(browser)).map((factor) => factor.id)).toEqual([added.factor.id]);
    const subjects = (await mailbox(browser)).map((mail) => mail.subject);
    expect(
      subjects.filter((subject) => subject.endsWith('A second factor was removed')),
    ).toHaveLength(1);
    const again = new TestBrowser();
    const challenge = await startSignIn(again, seedAccounts.bob);
    const code = await nextStepCode(bobTotpSecret);
    await expectError(
      await again.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code }),
      'invalid_code',
    );
  });

  it('never removes the last factor: that is "Disable MFA"', async () => {
    const browser = await bobInSudo();
    await expectError(await browser.delete(factorPath(bobApp)), 'last_factor');
    expect(await listFactors(browser)).toHaveLength(1);
    await expectError(await browser.delete(factorPath('fct_nobody')), 'not_found');
  });
});
