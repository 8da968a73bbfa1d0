import { describe, expect, it, vi } from 'vitest';
import { apiPaths, signInResponseSchema } from '#src/api/auth';
import { nowIso } from '../db/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { mailbox } from '../testing/flows';
import { TEST_START, inProcessOnly, setupMockServer } from '../testing/server';

setupMockServer();

const inFiveMinutes = new Date(TEST_START.getTime() + 5 * 60_000).toISOString();

describe('POST sign-in', () => {
  it('answers a TOTP challenge for an account with MFA on, and mails nothing', async () => {
    const browser = new TestBrowser();
    const response = await browser.post(apiPaths.signIn, {
      email: 'bob@example.com',
      password: 'Bob#2026',
    });
    const { challenge } = await expectOk(response, signInResponseSchema);
    expect(challenge).toEqual({
      id: expect.any(String),
      type: 'mfa',
      expiresAt: inFiveMinutes,
      methods: ['totp'],
    });
    expect(challenge.id.length).toBeGreaterThanOrEqual(22);
    expect(await mailbox(browser)).toEqual([]);
  });

  it('answers an email challenge and mails a fresh 6-digit code otherwise', async () => {
    const browser = new TestBrowser();
    // The contract trims and lower-cases the email.
    const response = await browser.post(apiPaths.signIn, {
      email: ' Alice@Example.com ',
      password: 'Alice#2026',
    });
    const { challenge } = await expectOk(response, signInResponseSchema);
    expect(challenge).toMatchObject({
      type: 'email',
      maskedEmail: 'a•••@example.com',
      expiresAt: inFiveMinutes,
      resendAvailableAt: new Date(TEST_START.getTime() + 60_000).toISOString(),
    });
    const [mail] = await mailbox(browser);
    expect(mail).toMatchObject({
      to: 'alice@example.com',
      subject: 'Your zenConsole verification code',
      sentAt: nowIso(),
    });
    expect(mail?.code).toMatch(/^[0-9]{6}$/);
  });

  it('starts no session: /api/me is still 401 after the password step (SEC-11)', async () => {
    const browser = new TestBrowser();
    const response = await browser.post(apiPaths.signIn, {
      email: 'alice@example.com',
      password: 'Alice#2026',
    });
    expect(response.headers.get('set-cookie')).toBeNull();
    await expectOk(response, signInResponseSchema);
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('answers an unknown account and a wrong password identically (SEC-20)', async () => {
    const browser = new TestBrowser();
    const unknown = await browser.post(apiPaths.signIn, {
      email: 'mallory@example.com',
      password: 'Bob#2026',
    });
    const wrong = await browser.post(apiPaths.signIn, {
      email: 'bob@example.com',
      password: 'Bob#2025',
    });
    expect(unknown.status).toBe(wrong.status);
    // Over HTTP each answer carries its own Date, which may fall in the next second.
    const headersOf = (response: Response) =>
      [...response.headers].filter(([name]) => name !== 'date');
    expect(headersOf(unknown)).toEqual(headersOf(wrong));
    const unknownBody = await unknown.text();
    expect(unknownBody).toBe(await wrong.text());
    expect(JSON.parse(unknownBody)).toEqual({
      error: { code: 'invalid_credentials', message: expect.any(String) },
    });
    expect(unknown.status).toBe(401);
  });

  inProcessOnly(
    'does the same password hashing for an unknown account as for a known one (SEC-20)',
    async () => {
      const browser = new TestBrowser();
      const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
      await browser.post(apiPaths.signIn, { email: 'mallory@example.com', password: 'x' });
      const unknownCalls = deriveBits.mock.calls.length;
      await browser.post(apiPaths.signIn, { email: 'bob@example.com', password: 'x' });
      expect(unknownCalls).toBe(1);
      expect(deriveBits.mock.calls.length - unknownCalls).toBe(1);
      expect(deriveBits.mock.calls[0]?.[0]).toMatchObject({ iterations: 10_000 });
    },
  );

  it('rejects a malformed body with 400 invalid_request and the fields', async () => {
    const browser = new TestBrowser();
    const details = await expectError(
      await browser.post(apiPaths.signIn, { email: 'not-an-email' }),
      'invalid_request',
    );
    expect(details.fields).toEqual(['email', 'password']);
    await expectError(await browser.post(apiPaths.signIn, '{"email":'), 'invalid_request');
    await expectError(await browser.post(apiPaths.signIn, '[]'), 'invalid_request');
  });

  it('ignores fields it does not read, even a malformed `code` (SEC-6)', async () => {
    const browser = new TestBrowser();
    const body = { ...seedAccounts.alice, code: 'x', recoveryCode: 0, timestamp: 1 };
    await expectOk(await browser.post(apiPaths.signIn, body), signInResponseSchema);
  });

  it('does not count wrong passwords at sign-in toward the second-factor throttle', async () => {
    const browser = new TestBrowser();
    // Below the password step's own limit, which waits after 5 (sign-in-throttle.test.ts).
    for (let i = 0; i < 4; i += 1) {
      await expectError(
        await browser.post(apiPaths.signIn, { email: seedAccounts.bob.email, password: 'nope' }),
        'invalid_credentials',
      );
    }
    const response = await browser.post(apiPaths.signIn, seedAccounts.bob);
    await expectOk(response, signInResponseSchema);
  });
});
