import { describe, expect, it } from 'vitest';
import { apiPaths, signInResponseSchema } from '#src/api/auth';
import { advanceClock } from '../testing/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk, worldHeaders } from '../testing/client';
import { signInBob, startSignIn } from '../testing/flows';
import { inProcessOnly, setupMockServer } from '../testing/server';

setupMockServer();

const { alice, bob } = seedAccounts;

/** A sign-in as the HTTP server would forward it, with the socket's address. */
function signInFrom(browser: TestBrowser, address: string, body: unknown) {
  return fetch(`${browser.origin}${apiPaths.signIn}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-zen-client-address': address,
      ...worldHeaders(),
    },
    body: JSON.stringify(body),
  });
}

async function wrongPasswords(browser: TestBrowser, email: string, n: number, address = '1') {
  for (let i = 0; i < n; i += 1) {
    const response = await signInFrom(browser, address, { email, password: `nope-${i}` });
    await expectError(response, 'invalid_credentials');
  }
}

describe('POST sign-in: the password step rate limit', () => {
  it('answers 429 with Retry-After after 5 wrong passwords, even for the right one', async () => {
    const browser = new TestBrowser();
    await wrongPasswords(browser, bob.email, 5);
    const throttled = await signInFrom(browser, '1', bob);
    expect(throttled.headers.get('retry-after')).toBe('30');
    expect((await expectError(throttled, 'too_many_attempts')).retryAfter).toBe(30);
    await advanceClock(30);
    await expectOk(await signInFrom(browser, '1', bob), signInResponseSchema);
  });

  it('holds the email back from every address, but not other accounts', async () => {
    const browser = new TestBrowser();
    await wrongPasswords(browser, bob.email, 5, '198.51.100.1');
    await expectError(await signInFrom(browser, '198.51.100.2', bob), 'too_many_attempts');
    await expectOk(await signInFrom(browser, '198.51.100.2', alice), signInResponseSchema);
  });

  it('answers an unknown email exactly like a known one, throttled too (SEC-20)', async () => {
    const browser = new TestBrowser();
    await wrongPasswords(browser, 'mallory@example.com', 5, 'a');
    await wrongPasswords(browser, bob.email, 5, 'b');
    const unknown = await signInFrom(browser, 'c', { email: 'mallory@example.com', password: 'x' });
    const known = await signInFrom(browser, 'c', { email: bob.email, password: 'x' });
    expect(unknown.status).toBe(429);
    expect([...unknown.headers]).toEqual([...known.headers]);
    expect(await unknown.text()).toBe(await known.text());
  });

  // Two client addresses need the in-process header: over HTTP the server sets it from the socket.
  inProcessOnly('throttles one address spraying many emails after 20 failures', async () => {
    const browser = new TestBrowser();
    for (let i = 0; i < 20; i += 1) {
      const body = { email: `user${i}@example.com`, password: 'guess' };
      await expectError(await signInFrom(browser, '203.0.113.9', body), 'invalid_credentials');
    }
    await expectError(await signInFrom(browser, '203.0.113.9', alice), 'too_many_attempts');
    await expectOk(await signInFrom(browser, '203.0.113.10', alice), signInResponseSchema);
  });

  it('never locks the account: the wait stops at 5 minutes and the owner gets in', async () => {
    const browser = new TestBrowser();
    for (let round = 0; round < 8; round += 1) {
      await wrongPasswords(browser, bob.email, round === 0 ? 5 : 1, `10.0.0.${round}`);
      const wait = await expectError(
        await signInFrom(browser, '10.9.9.9', bob),
        'too_many_attempts',
      );
      expect(wait.retryAfter).toBe(Math.min(30 * 2 ** round, 300));
      await advanceClock(wait.retryAfter ?? 0);
    }
    await signInBob(browser);
  });

  it('leaves the second-factor throttle alone (SEC-8 counts codes, not passwords)', async () => {
    const browser = new TestBrowser();
    await wrongPasswords(browser, bob.email, 5);
    await advanceClock(30);
    await signInBob(browser);
  });

  it('gives the worker in the page no address: one shared key for the browser', async () => {
    const browser = new TestBrowser();
    for (let i = 0; i < 5; i += 1) {
      const response = await browser.post(apiPaths.signIn, { email: alice.email, password: 'x' });
      await expectError(response, 'invalid_credentials');
    }
    await expectError(await browser.post(apiPaths.signIn, alice), 'too_many_attempts');
    // A right password resets the email's count.
    await advanceClock(30);
    await startSignIn(browser, alice);
    await expectError(
      await browser.post(apiPaths.signIn, { email: alice.email, password: 'x' }),
      'invalid_credentials',
    );
  });
});
