import { fail, ok, type Failure, type Result } from '../db/result';

/**
 * What a real HTTP backend enforces and the service worker never had to: where a request may
 * come from, what its body may be, and what every answer says about caching and sniffing. Kept
 * in the handlers' shared layer, so the page's worker, Vitest and `npm run api` all apply them.
 */

/** No request of the contract comes near this; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Cross-site requests are refused (CSRF). Browsers say where a request comes from with
 * `Sec-Fetch-Site` and, on cross-origin and state-changing requests, `Origin`; a client that
 * sends neither (curl, a test, another server) is not a browser a page could abuse.
 * `same-site` is refused as well: a sibling subdomain is another application.
 */
function crossSiteFailure(request: Request): Failure | undefined {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return { code: 'cross_site_request' };
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(request.url).origin) {
    return { code: 'cross_site_request' };
  }
  return undefined;
}

function declaredLength(request: Request): number | undefined {
  const value = request.headers.get('content-length');
  if (value === null) return undefined;
  const length = Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/** True for `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJson(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Checks made on the headers alone, before anything reads the body: its declared size (413)
 * and, when there is a body, its media type (415). A body without a length (chunked) is counted
 * as it is read instead (`readLimitedText`).
 */
function bodyFailure(request: Request): Failure | undefined {
  const length = declaredLength(request);
  if (length !== undefined && length > MAX_BODY_BYTES) return { code: 'payload_too_large' };
  const hasBody = (length ?? 0) > 0 || request.headers.has('transfer-encoding');
  if (hasBody && !isJson(request.headers.get('content-type'))) {
    return { code: 'unsupported_media_type' };
  }
  return undefined;
}

/** The body as text, reading no more than `MAX_BODY_BYTES` + 1 bytes of it. */
export async function readLimitedText(request: Request): Promise<Result<string>> {
  if (!request.body) return ok('');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      // Not awaited: a cloned (teed) body settles its cancel only once every copy is cancelled.
      reader.cancel().catch(() => undefined);
      return fail('payload_too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(new TextDecoder().decode(bytes));
}

/** Node, where a request arrives over a socket or from `fetch` in a test: no page around it. */
const inNode = typeof document === 'undefined';

function withSecure(cookie: string): string {
  return /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`;
}

/**
 * Every answer: never cached (it may carry a session or a secret), never content-sniffed. Over
 * HTTPS the session cookie is also `Secure`. In Node the response is rebuilt as a plain
 * `Response`, so MSW does not keep its cookies in its own jar: that jar is one per process, and
 * the HTTP server would otherwise hand one client's session to every other client. Cookies in
 * Node travel only in `Cookie` headers, as with any server. In the page, MSW's jar *is* the
 * browser's cookie store (the worker cannot see HttpOnly cookies), so the response stays MSW's.
 */
export function finalizeResponse(response: Response, request: Request): Response {
  if (response.type === 'error') return response;
  if (!inNode) {
    response.headers.set('Cache-Control', 'no-store');
    response.headers.set('X-Content-Type-Options', 'nosniff');
    return response;
  }
  const secure = new URL(request.url).protocol === 'https:';
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.append(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) {
    headers.append('Set-Cookie', secure ? withSecure(cookie) : cookie);
  }
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Content-Type-Options', 'nosniff');
  const init = { status: response.status, statusText: response.statusText, headers };
  return new Response(response.body, init);
}

/** A contract error answered before any handler logic runs, or nothing when the request may go on. */
export function requestGate(request: Request): Failure | undefined {
  return crossSiteFailure(request) ?? bodyFailure(request);
}

/**
 * A request no operation routes (any other path, or a method its path does not have) is still
 * held to the body rules first: 413, then 415, then 404 `not_found`. A server decides the first
 * two from the headers before routing, and Node's `fetch` in a test sends no `Content-Length`
 * the handlers can see, so the body itself is read: the answer is the same either way.
 */
export async function unroutedFailure(request: Request): Promise<Failure> {
  const text = await readLimitedText(request);
  if (!text.ok) return text.failure;
  if (text.value !== '' && !isJson(request.headers.get('content-type'))) {
    return { code: 'unsupported_media_type' };
  }
  return { code: 'not_found' };
}
