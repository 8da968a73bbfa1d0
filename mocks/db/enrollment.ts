import { CODE_DIGITS } from '#src/api/codes';
import type { AddAppFactorResponse } from '#src/api/factors';
import type { ConfirmEnrollmentResponse, Enrollment } from '#src/api/mfa';
import { mfaStatusView } from './accounts';
import { now, toIso } from './clock';
import { generateTotpSecret } from './crypto';
import type { Client } from './device';
import { recordSecurityEvent } from './security-log';
import { issueRecoveryCodes } from './recovery-codes';
import { fail, ok, type Result } from './result';
import { canAddFactor, eventFactorOf, factorView, hasMfa, newAppFactor } from './factors';
import type { SessionRecord, Store, UserRecord } from './schema';
import { throttledAttempt, verifyTotp } from './second-factor';
import { TOTP_PERIOD, buildOtpauthUri, mfaIssuer } from './totp';

/** SEC-3: an unconfirmed secret is good for 15 minutes. */
export const ENROLLMENT_LIFETIME_MS = 15 * 60 * 1000;

type PendingEnrollment = NonNullable<UserRecord['enrollment']>;

function enrollmentView(user: UserRecord, pending: PendingEnrollment): Enrollment {
  const issuer = mfaIssuer();
  return {
    secret: pending.secret,
    otpauthUri: buildOtpauthUri(pending.secret, user.email, issuer),
    issuer,
    accountName: user.email,
    algorithm: 'SHA1',
    digits: CODE_DIGITS,
    period: TOTP_PERIOD,
    createdAt: toIso(pending.createdAt),
    expiresAt: toIso(pending.expiresAt),
    replacedExpired: pending.replacedExpired,
  };
}

/**
 * Starts or resumes enrollment. The pending secret stays the same until it is confirmed,
 * cancelled or expires, so a reload or a second tab shows the key already scanned.
 */
export function startEnrollment(user: UserRecord, session: SessionRecord): Result<Enrollment> {
  // With MFA on, this is one more authenticator app: sudo mode and room for it are needed.
  if (hasMfa(user)) {
    const allowed = canAddFactor(user, session);
    if (!allowed.ok) return allowed;
  }
  const at = now();
  const pending = user.enrollment;
  if (pending && at < pending.expiresAt) return ok(enrollmentView(user, pending));
  const fresh = {
    secret: generateTotpSecret(),
    createdAt: at,
    expiresAt: at + ENROLLMENT_LIFETIME_MS,
    replacedExpired: pending !== null,
  };
  user.enrollment = fresh;
  return ok(enrollmentView(user, fresh));
}

function openEnrollment(user: UserRecord, at: number): Result<PendingEnrollment> {
  // Once confirmed nothing is pending: the secret is never shown again (SEC-2).
  if (!user.enrollment) return fail('no_pending_enrollment');
  if (at >= user.enrollment.expiresAt) return fail('enrollment_expired');
  return ok(user.enrollment);
}

export function pendingEnrollment(user: UserRecord): Result<Enrollment> {
  const pending = openEnrollment(user, now());
  return pending.ok ? ok(enrollmentView(user, pending.value)) : pending;
}

export function cancelEnrollment(user: UserRecord): void {
  user.enrollment = null;
}

/** The pending secret's code, checked under the throttle: the new app factor once it verified. */
async function verifyPendingCode(user: UserRecord, code: string, at: number) {
  const pending = openEnrollment(user, at);
  if (!pending.ok) return pending;
  const { secret } = pending.value;
  const step = await throttledAttempt(user, at, () => verifyTotp(secret, code, null, at));
  if (!step.ok) return step;
  return ok(newAppFactor(user, secret, at, step.value));
}

/**
 * MFA turns on only here, with a valid code for the pending secret (SEC-3). A wrong code
 * leaves everything as it was, apart from the failure counter.
 */
export async function confirmEnrollment(
  store: Store,
  user: UserRecord,
  code: string,
  client: Client,
): Promise<Result<ConfirmEnrollmentResponse>> {
  if (hasMfa(user)) return fail('mfa_already_enabled');
  const at = now();
  const verified = await verifyPendingCode(user, code, at);
  if (!verified.ok) return verified;
  user.mfa = {
    factors: [verified.value],
    enabledAt: at,
    lastUsedAt: at,
    recoveryCodeHashes: [],
  };
  user.enrollment = null;
  const recoveryCodes = await issueRecoveryCodes(user);
  recordSecurityEvent(store, user, client, 'mfa_enabled', {
    factor: eventFactorOf(verified.value),
  });
  return ok({ mfa: mfaStatusView(user), recoveryCodes });
}

/**
 * One more authenticator app for an account with MFA on: saved only once a code from it
 * verified, in sudo mode, within the limit; the owner hears of it (SEC-19).
 */
export async function addAppFactor(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  code: string,
  client: Client,
): Promise<Result<AddAppFactorResponse>> {
  if (!hasMfa(user)) return fail('mfa_not_enabled');
  const allowed = canAddFactor(user, session);
  if (!allowed.ok) return allowed;
  const at = now();
  const verified = await verifyPendingCode(user, code, at);
  if (!verified.ok) return verified;
  const factor = verified.value;
  user.mfa.factors.push(factor);
  user.enrollment = null;
  recordSecurityEvent(store, user, client, 'factor_added', { factor: eventFactorOf(factor) });
  return ok({ factor: factorView(factor), mfa: mfaStatusView(user) });
}
