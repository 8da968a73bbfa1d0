import { expect } from 'vitest';
import { z } from 'zod';
import { errorBodySchema, errorStatus, type ErrorCode, type ErrorDetails } from '#src/api/errors';
import {
  createWorldResponseSchema,
  mockPaths,
  mockWorldCookie,
  mockWorldHeader,
} from '#src/api/mock-control';

let browsers = 0;

/** Set when the handler tests run against a live server (`npm run test:api`) instead of in-process. */
export const apiBaseUrl: string | undefined = process.env.API_BASE_URL?.replace(/\/$/, '');
/** The handlers run in this process, so tests may also look at its store. */
export const inProcess = apiBaseUrl === undefined;

/**
 * Over HTTP, the world this test file acts in: each file makes its own on the one server
 * (`enterOwnWorld`), so files run side by side as Playwright's tests do. `undefined` (in
 * process, and the one file about the default world) names none.
 */
let fileWorld: string | undefined;

/** Over HTTP: a new world from the seed for this file's requests. */
export async function enterOwnWorld(): Promise<void> {
  const response = await fetch(`${apiBaseUrl}${mockPaths.worlds}`, { method: 'POST' });
  fileWorld = (await expectOk(response, createWorldResponseSchema, 201)).world.id;
}

/** The world this file's requests act in, as `GET __mock/status` names it. */
export function fileWorldName(): string {
  return fileWorld ?? 'default';
}

/** The header naming this file's world, for a request sent without a `TestBrowser`. */
export function worldHeaders(): Record<string, string> {
  return fileWorld === undefined ? {} : { [mockWorldHeader]: fileWorld };
}

/** A string body is sent as is (garbage included), anything else as JSON; GET never has one. */
export type RawRequest = {
  method: string;
  path: string;
  body?: unknown;
  /** Added to (or, as `undefined`, taken from) the JSON request's usual headers. */
  headers?: Record<string, string | undefined>;
};

/**
 * One simulated browser with its own cookie jar, as separate Playwright contexts would have:
 * the handler tests and the contract tests both use it. In-process every browser also gets its
 * own origin (http://browser-N.test), which the handlers accept in Node (see `apiRoute`); over
 * HTTP all of them talk to `API_BASE_URL`. Either way cookies travel only in `Cookie` /
 * `Set-Cookie` headers, as they do with a real server (Node's fetch keeps none).
 */
export class TestBrowser {
  readonly origin: string;
  /** name → value; attributes are not kept (tests read them from `Set-Cookie` directly). */
  readonly cookies = new Map<string, string>();

  /**
   * `https`: an https origin, in-process only (over HTTP the origin is the server's).
   * `sid`: a session cookie to start with, e.g. a forged one.
   */
  readonly userAgent: string | undefined;

  /** `userAgent`: the User-Agent header every request sends (a phone, another browser). */
  constructor({
    https = false,
    sid,
    userAgent,
  }: { https?: boolean; sid?: string; userAgent?: string } = {}) {
    browsers += 1;
    this.origin = apiBaseUrl ?? `${https ? 'https' : 'http'}://browser-${browsers}.test`;
    if (sid !== undefined) this.cookies.set('sid', sid);
    this.userAgent = userAgent;
  }

  async send({ method, path, body, headers: extra = {} }: RawRequest): Promise<Response> {
    const withBody = body !== undefined && method !== 'GET';
    const headers: Record<string, string | undefined> = {
      accept: 'application/json',
      'content-type': withBody ? 'application/json' : undefined,
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') || undefined,
      'user-agent': this.userAgent,
      // A browser given a world's cookie is in that world; any other is in the file's.
      ...(this.cookies.has(mockWorldCookie) ? {} : worldHeaders()),
      ...extra,
    };
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: Object.fromEntries(
        Object.entries(headers).filter((entry): entry is [string, string] => !!entry[1]),
      ),
      body: !withBody ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.#store(response.headers.getSetCookie());
    return response;
  }

  request(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.send({ method, path, body, headers });
  }

  #store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(path: string): Promise<Response> {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown): Promise<Response> {
    return this.request('POST', path, body);
  }

  patch(path: string, body?: unknown): Promise<Response> {
    return this.request('PATCH', path, body);
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
