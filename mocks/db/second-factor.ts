import { fail, ok, type Result } from './result';
import type { UserRecord } from './schema';
import { consumeRecoveryCode } from './recovery-codes';
import { checkThrottle, recordFailure, recordSuccess } from './throttle';
import { checkTotp } from './totp';

/** A normalised authenticator code or a normalised recovery code. */
export type SecondFactor = { code: string } | { recoveryCode: string };

/**
 * Every attempt at a second factor goes through here (SEC-8): the account's throttle is checked
 * before anything is verified, then the outcome moves the account's failure counter. Wrong
 * codes, replays, skewed codes, wrong recovery codes and wrong passwords all count.
 */
export async function throttledAttempt<T>(
  user: UserRecord,
  at: number,
  attempt: () => Result<T> | Promise<Result<T>>,
): Promise<Result<T>> {
  const gate = checkThrottle(user, at);
  if (!gate.ok) return gate;
  const result = await attempt();
  if (result.ok) recordSuccess(user);
  else recordFailure(user, at);
  return result;
}

/**
 * Checks a code against the active secret or a recovery code against the unused set, and records
 * the use: the accepted step (SEC-7), the consumed recovery code (SEC-18), `lastUsedAt`.
 */
export async function verifyAuthenticator(
  user: UserRecord,
  factor: SecondFactor,
  at: number,
): Promise<Result<{ viaRecoveryCode: boolean }>> {
  const { mfa } = user;
  if (mfa.secret === null) return fail('mfa_not_enabled');
  if ('recoveryCode' in factor) {
    if (!(await consumeRecoveryCode(user, factor.recoveryCode)))
      return fail('invalid_recovery_code');
    mfa.lastUsedAt = at;
    return ok({ viaRecoveryCode: true });
  }
  const step = verifyTotp(mfa.secret, factor.code, mfa.lastStep, at);
  if (!step.ok) return step;
  mfa.lastStep = step.value;
  mfa.lastUsedAt = at;
  return ok({ viaRecoveryCode: false });
}

/** The accepted time step, or the failure to answer with. */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  at: number,
): Result<number> {
  const check = checkTotp(secret, code, lastStep, at);
  if (check.ok) return ok(check.step);
  return check.code === 'clock_skew'
    ? fail('clock_skew', { skewMinutes: check.skewMinutes })
    : fail(check.code);
}

export function toSecondFactor(input: { code: string } | { recoveryCode: string }): SecondFactor {
  return 'code' in input ? { code: input.code } : { recoveryCode: input.recoveryCode };
}
