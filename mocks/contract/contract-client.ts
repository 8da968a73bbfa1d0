import { vi } from 'vitest';
import { z } from 'zod';
import { errorBodySchema, errorStatus } from '#src/api/errors';
import { operationErrors, type Operation } from '#src/api/operation';
import { MAX_BODY_BYTES, isJson } from '../handlers/http-rules';
import { TestBrowser, apiBaseUrl } from '../testing/client';

let sent = 0;

/** Requests sent so far by every client in this process (for the soak figures). */
export function requestCount(): number {
  return sent;
}

export type ContractRequest = {
  method: string;
  path: string;
  /** A string is sent as is (garbage included); anything else as JSON. */
  body?: unknown;
  contentType?: string | null;
  /**
   * Sent as `x-zen-client-address`, as the HTTP server does from the socket: in process many
   * clients can then be simulated. A server strips a client's own, so over HTTP it changes nothing.
   */
  address?: string;
};

/** The handler tests' browser, answering with the raw text the property checks read. */
export class ContractClient extends TestBrowser {
  constructor(forgedSid?: string) {
    super({ sid: forgedSid });
  }

  async answer({ method, path, body, contentType = 'application/json', address }: ContractRequest) {
    const headers = {
      'content-type': (body !== undefined && contentType) || undefined,
      'x-zen-client-address': address,
    };
    sent += 1;
    const response = await withoutSimulatedLatency(this.send({ method, path, body, headers }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  }
}

/**
 * In process, the handlers wait a simulated 5 ms per request (MSW's `delay()` in Node). Tens of
 * thousands of requests would spend most of their time there, so the test's fake timers skip
 * that wait (as faults.test.ts does): each pending timer fires at once, real I/O and Web Crypto
 * run as they are. Over HTTP nothing is faked.
 */
async function withoutSimulatedLatency<T>(pending: Promise<T>): Promise<T> {
  if (apiBaseUrl !== undefined || !vi.isFakeTimers()) return pending;
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    await vi.advanceTimersToNextTimerAsync();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pending;
}

export type Answer = Awaited<ReturnType<ContractClient['answer']>>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol('not JSON');
  }
}

/**
 * The contract's promise for one answer: never a 5xx; a success has the listed status and
 * parses with the listed schema; an error has a code the operation lists, with its status, in
 * the error body's shape, and a wait comes with `Retry-After`. Returns what went wrong.
 */
export function contractViolation(operation: Operation, answer: Answer): string | null {
  const { status, text } = answer;
  const where = `${operation.method.toUpperCase()} ${operation.path} → ${status} ${text.slice(0, 300)}`;
  if (status >= 500) return `5xx: ${where}`;
  const { success } = operation;
  if (status === success.status) {
    if (success.status === 204) return text === '' ? null : `204 with a body: ${where}`;
    if ('mediaType' in success)
      return answer.headers.get('content-type')?.startsWith(success.mediaType)
        ? null
        : `not ${success.mediaType}: ${where}`;
    const parsed = z.safeParse(success.schema, parseJson(text));
    return parsed.success ? null : `success body breaks the schema: ${where}`;
  }
  return errorViolation(operationErrors(operation), answer, where);
}

/**
 * For a request the API should not route at all (a wrong method): the body rules still come
 * first, as with any request, so 413 for a body past 16 KiB, then 415 for a body that is not
 * JSON, else 404 `not_found`. In process and over HTTP alike (`unroutedFailure`).
 */
export function unroutedViolation(request: ContractRequest, answer: Answer): string | null {
  const sent =
    request.body === undefined || request.method === 'GET'
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : JSON.stringify(request.body);
  const bytes = Buffer.byteLength(sent);
  const code =
    bytes > MAX_BODY_BYTES
      ? 'payload_too_large'
      : bytes > 0 && !isJson(request.contentType ?? null)
        ? 'unsupported_media_type'
        : 'not_found';
  const where = `${request.method} ${request.path} (${bytes} bytes) → ${answer.status} ${answer.text.slice(0, 200)}`;
  return errorViolation([code], answer, where);
}

function errorViolation(codes: readonly string[], answer: Answer, where: string): string | null {
  const parsed = z.safeParse(errorBodySchema, parseJson(answer.text));
  if (!parsed.success) return `unlisted status or not an error body: ${where}`;
  const { code, retryAfter } = parsed.data.error;
  if (!codes.includes(code)) return `code ${code} not listed: ${where}`;
  if (errorStatus[code] !== answer.status) return `status does not match ${code}: ${where}`;
  if (retryAfter !== undefined && answer.headers.get('retry-after') !== String(retryAfter))
    return `Retry-After header missing or different: ${where}`;
  return null;
}
