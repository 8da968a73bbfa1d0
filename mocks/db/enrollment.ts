import type { ConfirmEnrollmentResponse, Enrollment } from '../../src/api/mfa';
import { mfaStatusView } from './accounts';
import { now, toIso } from './clock';
import { generateTotpSecret } from './crypto';
import { sendSecurityNotice } from './security-mail';
import { issueRecoveryCodes } from './recovery-codes';
import { fail, ok, type Result } from './result';
import type { Store, UserRecord } from './schema';
import { throttledAttempt, verifyTotp } from './second-factor';
import { TOTP_DIGITS, TOTP_PERIOD, buildOtpauthUri, mfaIssuer } from './totp';

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
    digits: TOTP_DIGITS,
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
export function startEnrollment(user: UserRecord): Result<Enrollment> {
  if (user.mfa.secret !== null) return fail('mfa_already_enabled');
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
  // Once MFA is on nothing is pending: the secret is never shown again (SEC-2).
  if (user.mfa.secret !== null || !user.enrollment) return fail('no_pending_enrollment');
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

/**
 * MFA turns on only here, with a valid code for the pending secret (SEC-3). A wrong code
 * leaves everything as it was, apart from the failure counter.
 */
export async function confirmEnrollment(
  store: Store,
  user: UserRecord,
  code: string,
): Promise<Result<ConfirmEnrollmentResponse>> {
  if (user.mfa.secret !== null) return fail('mfa_already_enabled');
  const at = now();
  const pending = openEnrollment(user, at);
  if (!pending.ok) return pending;
  const { secret } = pending.value;
  const step = await throttledAttempt(user, at, () => verifyTotp(secret, code, null, at));
  if (!step.ok) return step;
  user.mfa = {
    secret,
    enabledAt: at,
    lastUsedAt: at,
    lastStep: step.value,
    recoveryCodeHashes: [],
  };
  user.enrollment = null;
  const recoveryCodes = await issueRecoveryCodes(user);
  sendSecurityNotice(store, user, 'mfa_enabled');
  return ok({ mfa: mfaStatusView(user), recoveryCodes });
}
