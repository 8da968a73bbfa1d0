import { fail, ok, type Result } from './result';
import type { ErrorCode } from '#src/api/errors';
import type { AuthenticationCredential } from '#src/api/webauthn';
import type { EventFactor } from '#src/api/activity';
import { appFactors, eventFactorOf } from './factors';
import type { AppFactorRecord, FactorRecord, UserRecord } from './schema';
import { consumeRecoveryCode } from './recovery-codes';
import { checkThrottle, recordFailure, recordSuccess } from './throttle';
import { checkTotp } from './totp';

/** What a request offers as its second factor, once the contract has normalised it. */
export type FactorInput =
  { code: string } | { recoveryCode: string } | { credential: AuthenticationCredential };

/** A second factor that passed: a recovery code, which of the account's factors, or (null) an emailed code. */
export type Verified =
  { viaRecoveryCode: true } | { viaRecoveryCode: false; factor: FactorRecord | null };

/** Checks a key's answer against the challenge its caller issued (see key-factors.ts). */
export type KeyAnswerCheck = (credential: AuthenticationCredential) => Promise<Result<Verified>>;

/** An authenticator code, a recovery code, or a security key's answer ready to be checked. */
export type SecondFactor =
  { code: string } | { recoveryCode: string } | { key: () => Promise<Result<Verified>> };

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
 * Checks a code against the account's apps, a recovery code against the unused set, or a key's
 * signature, and records the use: the accepted step (SEC-7), the consumed recovery code
 * (SEC-18), the key's counter, `lastUsedAt`.
 */
export async function verifyAuthenticator(
  user: UserRecord,
  factor: SecondFactor,
  at: number,
): Promise<Result<Verified>> {
  const { mfa } = user;
  if (mfa.factors.length === 0) return fail('mfa_not_enabled');
  if ('key' in factor) return factor.key();
  if ('recoveryCode' in factor) {
    if (!(await consumeRecoveryCode(user, factor.recoveryCode)))
      return fail('invalid_recovery_code');
    mfa.lastUsedAt = at;
    return ok({ viaRecoveryCode: true });
  }
  const match = verifyAnyApp(appFactors(user), factor.code, at);
  if (!match.ok) return match;
  const { app, step } = match.value;
  app.lastStep = step;
  app.lastUsedAt = at;
  mfa.lastUsedAt = at;
  return ok({ viaRecoveryCode: false, factor: app });
}

// A replay says more than a skew, and a skew more than a plain wrong code.
const failureRank: Partial<Record<ErrorCode, number>> = { code_already_used: 2, clock_skew: 1 };

/**
 * A code from any of the account's authenticator apps is good: each is checked (every one, so
 * the time taken does not say which app matched), each with its own replay guard (SEC-7). The
 * caller counts the attempt once, whatever the number of apps (SEC-8).
 */
function verifyAnyApp(
  factors: AppFactorRecord[],
  code: string,
  at: number,
): Result<{ app: AppFactorRecord; step: number }> {
  let found: { app: AppFactorRecord; step: number } | null = null;
  let failure: Result<never> = fail('invalid_code');
  for (const app of factors) {
    const step = verifyTotp(app.secret, code, app.lastStep, at);
    if (step.ok) found ??= { app, step: step.value };
    else if ((failureRank[step.failure.code] ?? 0) > rankOf(failure)) failure = step;
  }
  return found ? ok(found) : failure;
}

function rankOf(result: Result<never>): number {
  return result.ok ? 0 : (failureRank[result.failure.code] ?? 0);
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

export function toSecondFactor(input: FactorInput, checkKey: KeyAnswerCheck): SecondFactor {
  if ('code' in input) return { code: input.code };
  if ('recoveryCode' in input) return { recoveryCode: input.recoveryCode };
  return { key: () => checkKey(input.credential) };
}

export function methodOnly(type: 'totp' | 'email' | 'recovery_code'): EventFactor {
  return { type, name: null, number: null };
}

/** The factor a sign-in or re-authentication was confirmed with, for the log. */
export function confirmedWith(verified: Verified): EventFactor {
  if (verified.viaRecoveryCode) return methodOnly('recovery_code');
  return verified.factor ? eventFactorOf(verified.factor) : methodOnly('email');
}

/** What kind of answer was tried, when it failed: which app or key is not known then. */
export function attempted(input: FactorInput): EventFactor | null {
  if ('code' in input) return methodOnly('totp');
  if ('recoveryCode' in input) return methodOnly('recovery_code');
  return null;
}
