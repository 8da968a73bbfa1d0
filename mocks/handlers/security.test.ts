import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TOTP } from 'otpauth';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, signInResponseSchema } from '#src/api/auth';
import { regenerateRecoveryCodesResponseSchema } from '#src/api/mfa';
import { mockPaths } from '#src/api/mock-control';
import { now } from '../db/clock';
import type * as CryptoModule from '../db/crypto';
import { constantTimeEqual } from '../db/crypto';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk, inProcess } from '../testing/client';
import { totpAt } from '../testing/codes';
import {
  enrollAlice,
  latestMailedCode,
  mailbox,
  nextStepCode,
  signInBob,
  startSignIn,
  verify,
} from '../testing/flows';
import { inProcessOnly, setupMockServer } from '../testing/server';

// Wrap the constant-time helper so the tests can see that verification goes through it.
vi.mock('../db/crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof CryptoModule>();
  return { ...actual, constantTimeEqual: vi.fn(actual.constantTimeEqual) };
});

const { storage } = setupMockServer();
const { alice, bob } = seedAccounts;
const compare = vi.mocked(constantTimeEqual);
const isHexDigest = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

// A block body: a function returned from beforeEach would be run as a cleanup hook.
beforeEach(() => {
  compare.mockClear();
});

describe('constant-time comparison (SEC-9)', () => {
  inProcessOnly('checks email codes by comparing digests in constant time', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    compare.mockClear();
    await verify(browser, challenge.id, { code: await latestMailedCode(browser, alice.email) });
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]?.every(isHexDigest)).toBe(true);
  });

  inProcessOnly('checks a recovery code against every stored digest', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    compare.mockClear();
    await verify(browser, challenge.id, { recoveryCode: bobRecoveryCodes[0] });
    expect(compare).toHaveBeenCalledTimes(10);
    expect(compare.mock.calls.flat().every(isHexDigest)).toBe(true);
  });

  inProcessOnly('checks authenticator codes through otpauth', async () => {
    const validate = vi.spyOn(TOTP, 'validate');
    const code = totpAt(bobTotpSecret, now());
    await signInBob(new TestBrowser());
    expect(validate).toHaveBeenCalledWith(expect.objectContaining({ token: code }));
  });

  it('never compares secret material with == or === in the mock backend', () => {
    const dirs = ['db', 'handlers'].map((dir) => join(import.meta.dirname, '..', dir));
    const sources = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => readFileSync(join(dir, file), 'utf8')),
    );
    // Comparisons with null, undefined or a string literal (an error code) are fine.
    const secretOnLeft =
      /\w*(?:code|hash|secret|token|password)\w*\s*(?:===|!==|==|!=)(?!=)(?!\s*(?:null\b|undefined\b|['"`]))/i;
    const secretOnRight =
      /(?:===|!==|==|!=)(?!=)\s*[\w.]*(?:code|hash|secret|token|password)\w*\b/i;
    expect('if (hash === candidate)').toMatch(secretOnLeft);
    expect('if (x === user.mfa.secret)').toMatch(secretOnRight);
    for (const source of sources) {
      expect(source).not.toMatch(secretOnLeft);
      expect(source).not.toMatch(secretOnRight);
    }
  });
});

describe('recovery codes are shown once and stored hashed (SEC-16, SEC-17)', () => {
  it('appear in no later response and nowhere in the persisted store', async () => {
    const browser = new TestBrowser();
    const { recoveryCodes } = await enrollAlice(browser);
    const regenerated = await browser.post(apiPaths.regenerateRecoveryCodes, {
      password: alice.password,
      recoveryCode: recoveryCodes[0],
    });
    const newCodes = (await expectOk(regenerated, regenerateRecoveryCodesResponseSchema))
      .recoveryCodes;
    const shown = [...recoveryCodes, ...newCodes, ...bobRecoveryCodes];
    const later = await Promise.all(
      [apiPaths.me, apiPaths.enrollment, mockPaths.mailbox, mockPaths.status].map(async (path) =>
        (await browser.get(path)).text(),
      ),
    );
    // Over HTTP the server's store is out of sight; the responses above are still checked.
    const persisted = inProcess ? storage().dump() : '';
    for (const code of shown) {
      for (const form of [code, code.replace('-', '')]) {
        for (const text of [...later, persisted]) expect(text).not.toContain(form);
      }
    }
  });
});

describe('security notices (SEC-19)', () => {
  it('mails exactly one notice per event, with no code or secret in it', async () => {
    const browser = new TestBrowser();
    const { secret, recoveryCodes } = await enrollAlice(browser);
    const count = async () => (await mailbox(browser)).length;
    expect(await count()).toBe(2); // the sign-in code, then "turned on"
    const regenerated = await browser.post(apiPaths.regenerateRecoveryCodes, {
      password: alice.password,
      code: await nextStepCode(secret),
    });
    const { recoveryCodes: fresh } = await expectOk(
      regenerated,
      regenerateRecoveryCodesResponseSchema,
    );
    expect(await count()).toBe(3);
    await verify(browser, (await startSignIn(browser, alice)).id, { recoveryCode: fresh[0] ?? '' });
    expect(await count()).toBe(4);
    await browser.post(apiPaths.disableMfa, {
      password: alice.password,
      code: await nextStepCode(secret),
    });
    const notices = (await mailbox(browser)).slice(0, 4);
    expect(notices.map((mail) => mail.subject)).toEqual([
      'zenConsole: Two-factor authentication was turned off',
      'zenConsole: A recovery code was used to sign in',
      'zenConsole: New recovery codes were generated',
      'zenConsole: Two-factor authentication was turned on',
    ]);
    for (const notice of notices) {
      expect(notice.to).toBe(alice.email);
      expect(notice.code).toBeUndefined();
      const text = `${notice.subject} ${notice.body}`;
      expect(text).not.toMatch(/\d{6}/);
      expect(text).not.toContain(secret);
      for (const code of [...recoveryCodes, ...fresh]) expect(text).not.toContain(code.slice(0, 5));
    }
  });
});

describe('nothing is logged (SEC-22)', () => {
  it('a console spy sees nothing during a full flow, errors included', async () => {
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
    const spies = methods.map((method) => vi.spyOn(console, method));
    const browser = new TestBrowser();
    await browser.post(apiPaths.signIn, '{broken');
    await expectError(
      await browser.post(apiPaths.signIn, { email: bob.email, password: 'wrong' }),
      'invalid_credentials',
    );
    const { secret } = await enrollAlice(browser);
    await browser.post(apiPaths.verifyChallenge, { challengeId: 'nope', code: '000000' });
    await browser.post(apiPaths.disableMfa, {
      password: alice.password,
      code: await nextStepCode(secret),
    });
    const challenge = await expectOk(
      await browser.post(apiPaths.signIn, bob),
      signInResponseSchema,
    );
    await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.challenge.id,
      recoveryCode: bobRecoveryCodes[2],
    });
    await browser.post(apiPaths.signOut);
    await browser.get(mockPaths.status);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
