import { matchRequestUrl } from 'msw';
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '#src/api/errors';
import { apiRoute, errorResponse } from './respond';

describe('apiRoute', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in Node matches the API path on any origin (relative paths would match nothing there)', () => {
    const route = apiRoute('/api/me');
    expect(route).toBe('*/api/me');
    expect(matchRequestUrl(new URL('http://browser-1.test/api/me'), route).matches).toBe(true);
    expect(matchRequestUrl(new URL('http://browser-1.test/api/me'), '/api/me').matches).toBe(false);
  });

  it('in a page matches only the page origin’s /api, never dev-server modules', () => {
    vi.stubGlobal('location', new URL('http://localhost:5173/zen/settings'));
    const route = apiRoute('/api/*');
    expect(route).toBe('/api/*');
    const matches = (url: string) => matchRequestUrl(new URL(url), route).matches;
    expect(matches('http://localhost:5173/api/me')).toBe(true);
    expect(matches('http://localhost:5173/src/api/auth.ts')).toBe(false);
    expect(matches('https://cdn.example.com/api/me')).toBe(false);
  });
});

describe('errorResponse', () => {
  it('uses the contract status, shape and a Retry-After header for waits', async () => {
    const response = errorResponse({ code: 'too_many_attempts', retryAfter: 30 });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    const body = z.parse(errorBodySchema, await response.json());
    expect(body.error).toMatchObject({ code: 'too_many_attempts', retryAfter: 30 });
  });

  it('clears the session cookie when the session expired', () => {
    const response = errorResponse({ code: 'session_expired' });
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
  });
});
