import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { mockPaths } from '#src/api/mock-control';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk, worldHeaders } from '../testing/client';
import { latestMailedCode, signInAlice, startSignIn } from '../testing/flows';
import { inProcessOnly, setupMockServer } from '../testing/server';
import { signInResponseSchema } from '#src/api/auth';
import { MAX_BODY_BYTES } from './http-rules';

setupMockServer();
const { alice } = seedAccounts;
const signInBody = JSON.stringify({ email: alice.email, password: alice.password });

describe('cross-site requests (CSRF)', () => {
  it.each([
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with 403 cross_site_request and acts on nothing', async (_, headers) => {
    const browser = new TestBrowser();
    const response = await browser.request('POST', apiPaths.signIn, signInBody, headers);
    await expectError(response, 'cross_site_request');
    await expectError(
      await browser.request('GET', apiPaths.me, undefined, headers),
      'cross_site_request',
    );
    expect(await browser.get(mockPaths.mailbox).then((r) => r.json())).toEqual({ messages: [] });
  });

  it('accepts its own origin, same-origin fetch metadata, and clients that send neither', async () => {
    const browser = new TestBrowser();
    const sameOrigin = { origin: browser.origin, 'sec-fetch-site': 'same-origin' };
    await expectOk(
      await browser.request('POST', apiPaths.signIn, signInBody, sameOrigin),
      signInResponseSchema,
    );
    await expectOk(
      await browser.post(apiPaths.signIn, JSON.parse(signInBody)),
      signInResponseSchema,
    );
  });
});

describe('request bodies', () => {
  it('must be application/json (charset allowed): anything else is 415', async () => {
    const browser = new TestBrowser();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await browser.request('POST', apiPaths.signIn, signInBody, {
        'content-type': type,
      });
      await expectError(response, 'unsupported_media_type');
    }
    const charset = { 'content-type': 'application/json; charset=utf-8' };
    await expectOk(
      await browser.request('POST', apiPaths.signIn, signInBody, charset),
      signInResponseSchema,
    );
  });

  it('are refused with 413 past the size limit, before anything is parsed or done', async () => {
    const browser = new TestBrowser();
    const big = JSON.stringify({ email: alice.email, password: 'x'.repeat(MAX_BODY_BYTES) });
    await expectError(await browser.post(apiPaths.signIn, big), 'payload_too_large');
    // A body without a declared length (chunked) is counted as it is read.
    const chunked = await fetch(`${browser.origin}${apiPaths.signIn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...worldHeaders() },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    await expectError(chunked, 'payload_too_large');
    expect(await browser.get(mockPaths.mailbox).then((r) => r.json())).toEqual({ messages: [] });
  });

  it('may be empty where the endpoint takes none, with or without a content type', async () => {
    const browser = new TestBrowser();
    expect((await browser.post(apiPaths.signOut)).status).toBe(204);
    const typed = await browser.request('POST', apiPaths.signOut, undefined, {
      'content-type': 'text/plain',
    });
    expect(typed.status).toBe(204);
  });
});

describe('every answer', () => {
  it('is not cached or content-sniffed: success, error, 204 and unknown paths alike', async () => {
    const browser = new TestBrowser();
    const responses = [
      await browser.post(apiPaths.signIn, JSON.parse(signInBody)),
      await browser.get(apiPaths.me),
      await browser.post(apiPaths.signOut),
      await browser.get('/api/no-such-thing'),
      await browser.request('POST', apiPaths.signIn, 'x', { 'content-type': 'text/plain' }),
    ];
    for (const response of responses) {
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict, without Secure over plain HTTP', async () => {
    const browser = new TestBrowser();
    const challenge = await startSignIn(browser, alice);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: await latestMailedCode(browser, alice.email),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sid=ses_[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  inProcessOnly('is also Secure over HTTPS, and so is the cookie that clears it', async () => {
    const browser = new TestBrowser({ https: true });
    const challenge = await startSignIn(browser, alice);
    const response = await browser.post(apiPaths.verifyChallenge, {
      challengeId: challenge.id,
      code: await latestMailedCode(browser, alice.email),
    });
    expect(response.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    const cleared = await browser.post(apiPaths.signOut);
    expect(cleared.headers.get('set-cookie')).toMatch(
      /Max-Age=0; HttpOnly; SameSite=Strict; Secure$/,
    );
  });

  it('belongs to the browser that signed in: another client without it is a stranger', async () => {
    await signInAlice(new TestBrowser());
    await expectError(await new TestBrowser().get(apiPaths.me), 'unauthenticated');
  });
});
