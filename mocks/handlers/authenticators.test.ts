import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { authenticatorsResponseSchema, mockPaths } from '#src/api/mock-control';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectOk } from '../testing/client';
import {
  enrollAlice,
  nextStepCode,
  signInAlice,
  startEnrollment,
  startSignIn,
  verify,
} from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();

async function authenticators(browser: TestBrowser) {
  const response = await browser.get(mockPaths.authenticators);
  return (await expectOk(response, authenticatorsResponseSchema)).authenticators;
}

describe('GET __mock/authenticators', () => {
  it('lists the seed: Bob active, with the key QA publishes', async () => {
    expect(await authenticators(new TestBrowser())).toEqual([
      {
        accountEmail: seedAccounts.bob.email,
        issuer: 'zenConsole',
        secret: bobTotpSecret,
        kind: 'active',
      },
    ]);
  });

  it('lists a pending enrollment with the key the wizard shows, until it expires', async () => {
    const browser = new TestBrowser();
    await signInAlice(browser);
    const enrollment = await startEnrollment(browser);
    expect(await authenticators(browser)).toContainEqual({
      accountEmail: seedAccounts.alice.email,
      issuer: enrollment.issuer,
      secret: enrollment.secret,
      kind: 'pending',
    });

    await browser.post(mockPaths.clock, { advanceSeconds: 15 * 60 });
    const emails = (await authenticators(browser)).map((entry) => entry.accountEmail);
    expect(emails).toEqual([seedAccounts.bob.email]);
  });

  it('lists an account that turned MFA on as active, and its codes sign it in', async () => {
    const browser = new TestBrowser();
    await enrollAlice(browser);
    const alice = (await authenticators(browser)).find(
      (entry) => entry.accountEmail === seedAccounts.alice.email,
    );
    expect(alice?.kind).toBe('active');

    // A new browser, one time step later (the enrollment spent the current one).
    const other = new TestBrowser();
    const challenge = await startSignIn(other, seedAccounts.alice);
    expect(challenge.type).toBe('mfa');
    const user = await verify(other, challenge.id, {
      code: await nextStepCode(alice?.secret ?? ''),
    });
    expect(user.email).toBe(seedAccounts.alice.email);
  });

  it('answers while the fault switch fails every API request', async () => {
    const browser = new TestBrowser();
    await browser.post(mockPaths.faults, { offline: true, failNext: 2 });
    expect(await authenticators(browser)).toHaveLength(1);
    await expect(browser.get(apiPaths.me)).rejects.toThrow(TypeError);
  });
});
