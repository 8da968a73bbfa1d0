import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { mockPaths } from '#src/api/mock-control';
import { headersForPath, readHeaderRules } from '#scripts/static-headers.mjs';
import { resetStore } from '../db/db';
import { CLIENT_ADDRESS_HEADER } from '../db/password-throttle';
import { seedAccounts } from '../db/seed';
import { MapStorage, installStorage } from '../db/storage';
import { createApiServer, type ApiServerOptions } from './api-server';

// A probe in front of the app's handlers: what the handlers see of the client's address.
const probe = http.get('*/api/__probe', ({ request }) =>
  HttpResponse.json({ address: request.headers.get(CLIENT_ADDRESS_HEADER), url: request.url }),
);

const app = mkdtempSync(join(tmpdir(), 'zen-static-'));
mkdirSync(join(app, 'assets'));
writeFileSync(join(app, 'index.html'), '<!doctype html><title>zen</title>');
writeFileSync(join(app, 'assets', 'entry-abc.js'), 'export {};');
writeFileSync(join(tmpdir(), 'zen-outside.txt'), 'secret');

const servers: Server[] = [];
async function start(options: ApiServerOptions = {}): Promise<string> {
  const server = createApiServer({ staticDir: app, extraHandlers: [probe], ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(async () => {
  installStorage(new MapStorage(), { volatile: true });
  await resetStore();
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(app, { recursive: true, force: true });
});

const expected = headersForPath(readHeaderRules(), '/');

describe('response headers from public/_headers', () => {
  let base = '';
  beforeAll(async () => {
    installStorage(new MapStorage(), { volatile: true });
    await resetStore();
    base = await start();
  });

  it('go with the app, its routes and the API alike', async () => {
    expect(expected['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const path of ['/', '/sign-in', '/assets/entry-abc.js', apiPaths.me]) {
      const response = await fetch(`${base}${path}`);
      for (const [name, value] of Object.entries(expected)) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
    }
  });

  it('keep the API uncached and hashed assets cached for good', async () => {
    expect((await fetch(`${base}${apiPaths.me}`)).headers.get('cache-control')).toBe('no-store');
    const asset = await fetch(`${base}/assets/entry-abc.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('static files', () => {
  it('answer app routes with index.html, unknown files with 404, and nothing outside', async () => {
    const base = await start();
    const route = await fetch(`${base}/settings/profile`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>zen</title>');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    for (const path of [
      '/../zen-outside.txt',
      '/%2e%2e/zen-outside.txt',
      '/..%2fzen-outside.txt',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text()).not.toContain('secret');
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('the client address (x-zen-client-address)', () => {
  it('is the socket address, whatever the client claims', async () => {
    const base = await start();
    const response = await fetch(`${base}/api/__probe`, {
      headers: { [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' },
    });
    expect(await response.json()).toMatchObject({ address: '127.0.0.1' });
  });

  it('behind a trusted proxy, is the address the proxy saw', async () => {
    const base = await start({ trustProxy: true });
    const response = await fetch(`${base}/api/__probe`, {
      headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' },
    });
    expect(await response.json()).toMatchObject({ address: '198.51.100.7' });
  });
});

describe('HTTPS behind a proxy', () => {
  const signIn = (base: string, headers: Record<string, string>) =>
    fetch(`${base}${apiPaths.signIn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(seedAccounts.alice),
    });

  it('is believed only with --trust-proxy: the request URL turns https', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const trusted = await start({ trustProxy: true });
    const url = (base: string) =>
      fetch(`${base}/api/__probe`, { headers: https }).then(async (r) => (await r.json()).url);
    expect(await url(trusted)).toMatch(/^https:/);
    expect(await url(await start())).toMatch(/^http:/);
    // The page's https origin is then the server's own: not cross-site.
    const origin = `https://${new URL(trusted).host}`;
    expect((await signIn(trusted, { ...https, origin })).status).toBe(200);
    expect((await signIn(await start(), { ...https, origin })).status).toBe(403);
  });

  it('makes the session cookie Secure only when the request is https', async () => {
    const cookieFor = async (base: string, headers: Record<string, string>) => {
      const { challenge } = (await (await signIn(base, headers)).json()) as {
        challenge: { id: string };
      };
      const mail = (await (await fetch(`${base}${mockPaths.mailbox}`)).json()) as {
        messages: { code?: string }[];
      };
      const verified = await fetch(`${base}${apiPaths.verifyChallenge}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ challengeId: challenge.id, code: mail.messages[0]?.code }),
      });
      expect(verified.status).toBe(200);
      return verified.headers.get('set-cookie') ?? '';
    };
    const https = { 'x-forwarded-proto': 'https' };
    expect(await cookieFor(await start({ trustProxy: true }), https)).toMatch(
      /; HttpOnly; SameSite=Strict; Secure$/,
    );
    expect(await cookieFor(await start(), https)).toMatch(/; HttpOnly; SameSite=Strict$/);
  });
});
