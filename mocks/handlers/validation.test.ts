import { describe, expect, it } from 'vitest';
import { apiPaths, verifyChallengeResponseSchema } from '#src/api/auth';
import { now } from '../db/clock';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { totpAt } from '../testing/codes';
import { signInBob, startSignIn, verify } from '../testing/flows';
import { TEST_START, setupMockServer } from '../testing/server';

setupMockServer();
const { bob } = seedAccounts;

function spaced(code: string): string {
  return ` ${code.slice(0, 3)} ${code.slice(3)} `;
}

describe('code format (SEC-21)', () => {
  it('accepts spaces and dashes around and inside a code: " 123 456 "', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    await verify(browser, challenge.id, { code: spaced(totpAt(bobTotpSecret, now())) });
    const next = await startSignIn(browser, bob);
    await verify(browser, next.id, {
      code: totpAt(bobTotpSecret, now() + 30_000).replace(/^(\d{3})/, '$1-'),
    });
  });

  it.each(['12345', '12a456', '１２３４５６', '1234567', '', 123456])(
    'rejects %j with 400 invalid_code_format on every code endpoint',
    async (code) => {
      const browser = new TestBrowser();
      await signInBob(browser);
      const challenge = await startSignIn(browser, bob);
      const requests: [string, object][] = [
        [apiPaths.verifyChallenge, { challengeId: challenge.id, code }],
        [apiPaths.confirmEnrollment, { code }],
        [apiPaths.disableMfa, { password: bob.password, code }],
        [apiPaths.regenerateRecoveryCodes, { password: bob.password, code }],
      ];
      for (const [path, body] of requests) {
        const details = await expectError(await browser.post(path, body), 'invalid_code_format');
        expect(details.message).toMatch(/6-digit/);
      }
    },
  );

  it('format errors do not count toward the throttle', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    for (let i = 0; i < 6; i += 1) {
      await expectError(
        await browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code: '12a456' }),
        'invalid_code_format',
      );
    }
    await verify(browser, challenge.id, { code: totpAt(bobTotpSecret, now()) });
  });
});

describe('recovery code format', () => {
  it('accepts upper case and missing dashes', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, bob);
    await verify(browser, challenge.id, {
      recoveryCode: bobRecoveryCodes[1].replace('-', '').toUpperCase(),
    });
  });

  it.each(['abcde-fghi', 'abcde-fghil', 'abcde-fgh10', 'ａｂｃｄｅ-ｆｇｈｉｊ'])(
    'rejects %j with 400 invalid_recovery_code_format',
    async (recoveryCode) => {
      const browser = new TestBrowser();
      const challenge = await startSignIn(browser, bob);
      const response = await browser.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        recoveryCode,
      });
      await expectError(response, 'invalid_recovery_code_format');
    },
  );
});

describe('malformed requests', () => {
  it('answers broken JSON, a non-object and a wrong shape with 400 invalid_request and fields', async () => {
    const browser = new TestBrowser();
    expect(
      (
        await expectError(
          await browser.post(apiPaths.verifyChallenge, '{"challengeId"'),
          'invalid_request',
        )
      ).fields,
    ).toEqual(['body']);
    await expectError(await browser.post(apiPaths.verifyChallenge, '"text"'), 'invalid_request');
    const details = await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: 42 }),
      'invalid_request',
    );
    expect(details.fields).toEqual(['challengeId', 'code', 'recoveryCode', 'credential']);
  });
});

describe('client-sent time (SEC-6)', () => {
  it('ignores an extra timestamp field: only the mock clock counts', async () => {
    const browser = new TestBrowser();
    const inOneHour = TEST_START.getTime() + 3600_000;
    // A code for an hour later, sent with a timestamp claiming it is that time, is still wrong.
    const skewed = await startSignIn(browser, bob);
    const later = await browser.post(apiPaths.verifyChallenge, {
      challengeId: skewed.id,
      code: totpAt(bobTotpSecret, now() + 120 * 30_000),
      timestamp: inOneHour,
    });
    await expectError(later, 'invalid_code');
    // And today's code is right whatever time the client claims.
    const challenge = await startSignIn(browser, bob);
    const today = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: totpAt(bobTotpSecret, now()),
      timestamp: 0,
    });
    await expectOk(today, verifyChallengeResponseSchema);
  });
});
