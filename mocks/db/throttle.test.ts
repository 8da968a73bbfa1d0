import { describe, expect, it } from 'vitest';
import type { UserRecord } from './schema';
import {
  LOCK_AFTER_FAILURES,
  checkThrottle,
  recordFailure,
  recordSuccess,
  waitSeconds,
} from './throttle';

function userWith(failures = 0, lastFailureAt: number | null = null): UserRecord {
  return {
    id: 'u',
    email: 'u@example.com',
    name: 'U',
    password: { salt: 's', hash: 'h', iterations: 1 },
    mfa: { factors: [], enabledAt: null, lastUsedAt: null, recoveryCodeHashes: [] },
    enrollment: null,
    throttle: { failures, lastFailureAt },
  };
}

const check = (user: UserRecord, at: number) => checkThrottle(user, at);

describe('throttle (SEC-8)', () => {
  it('waits nothing for 4 failures, then 30 s doubling up to 1 h', () => {
    expect([0, 4].map(waitSeconds)).toEqual([0, 0]);
    expect([5, 6, 7, 8].map(waitSeconds)).toEqual([30, 60, 120, 240]);
    expect(waitSeconds(12)).toBe(3600);
    expect(waitSeconds(99)).toBe(3600);
  });

  it('lets attempts through below 5 failures', () => {
    expect(check(userWith(4, 1000), 1000).ok).toBe(true);
  });

  it('refuses until the wait passes, with the seconds left', () => {
    expect(check(userWith(5, 0), 0)).toEqual({
      ok: false,
      failure: { code: 'too_many_attempts', retryAfter: 30 },
    });
    expect(check(userWith(5, 0), 29_001)).toEqual({
      ok: false,
      failure: { code: 'too_many_attempts', retryAfter: 1 },
    });
    expect(check(userWith(5, 0), 30_000).ok).toBe(true);
  });

  it('locks the account after 100 failures in a row, whatever the time', () => {
    expect(check(userWith(LOCK_AFTER_FAILURES - 1, 0), 3_600_000).ok).toBe(true);
    expect(check(userWith(LOCK_AFTER_FAILURES, 0), 10 ** 12)).toEqual({
      ok: false,
      failure: { code: 'account_locked' },
    });
  });

  it('counts failures and forgets them on success', () => {
    const user = userWith();
    recordFailure(user, 5);
    recordFailure(user, 9);
    expect(user.throttle).toEqual({ failures: 2, lastFailureAt: 9 });
    recordSuccess(user);
    expect(user.throttle).toEqual({ failures: 0, lastFailureAt: null });
  });
});
