import { fail, type Result } from './result';
import type { UserRecord } from './schema';

/** SEC-8: failed second-factor attempts per account, across challenges and re-authentication. */
const FREE_ATTEMPTS = 5;
const BASE_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 3600;
export const LOCK_AFTER_FAILURES = 100;

/** The wait after `failures` consecutive failures: 0 below 5, then 30 s doubling, at most 1 h. */
export function waitSeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS);
}

/**
 * Checked before any code is looked at, so while the wait runs even a right code is refused
 * and guessing gains nothing.
 */
export function checkThrottle(user: UserRecord, at: number): Result<null> {
  const { failures, lastFailureAt } = user.throttle;
  if (failures >= LOCK_AFTER_FAILURES) return fail('account_locked');
  if (lastFailureAt === null) return { ok: true, value: null };
  const until = lastFailureAt + waitSeconds(failures) * 1000;
  if (at < until) return fail('too_many_attempts', { retryAfter: Math.ceil((until - at) / 1000) });
  return { ok: true, value: null };
}

export function recordFailure(user: UserRecord, at: number): void {
  user.throttle = { failures: user.throttle.failures + 1, lastFailureAt: at };
}

export function recordSuccess(user: UserRecord): void {
  user.throttle = { failures: 0, lastFailureAt: null };
}
