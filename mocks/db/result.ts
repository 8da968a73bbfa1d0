import type { ErrorCode } from '#src/api/errors';

/**
 * Expected failures travel as values, not exceptions, so a transaction still saves what it
 * changed on the way (failure counters, refreshed sessions) before the handler answers.
 */
export type Failure = {
  code: ErrorCode;
  retryAfter?: number;
  skewMinutes?: number;
  fields?: string[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, details: Omit<Failure, 'code'> = {}): Result<T> {
  return { ok: false, failure: { code, ...details } };
}
