import { expect } from 'vitest';
import { z } from 'zod';
import {
  errorBodySchema,
  errorStatus,
  type ErrorCode,
  type ErrorDetails,
} from '../../src/api/errors';

let browsers = 0;

/**
 * One simulated browser. MSW keeps response cookies in a single jar keyed by URL, so each
 * browser gets its own origin (http://browser-N.test) and with it its own `sid` cookie, as
 * separate Playwright contexts would. In Node the handlers accept any origin (see `apiRoute`).
 */
export class TestBrowser {
  readonly origin = `http://browser-${(browsers += 1)}.test`;

  request(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${this.origin}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.request('POST', path, body);
  }

  delete(path: string): Promise<Response> {
    return this.request('DELETE', path);
  }
}

/** A success response, parsed with the contract's schema exactly as the SPA's client does. */
export async function expectOk<T extends z.core.$ZodType>(
  response: Response,
  schema: T,
  status = 200,
): Promise<z.output<T>> {
  const json: unknown = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(status);
  return z.parse(schema, json);
}

/** An error response: the status that goes with `code` and a body in the contract's shape. */
export async function expectError(response: Response, code: ErrorCode): Promise<ErrorDetails> {
  const json: unknown = await response.json();
  expect(response.ok, `expected ${code}, got ${response.status} ${JSON.stringify(json)}`).toBe(
    false,
  );
  const body = z.parse(errorBodySchema, json);
  expect(body.error.code).toBe(code);
  expect(response.status).toBe(errorStatus[code]);
  return body.error;
}
