import {
  RECOVERY_CODE_MINUTES,
  RECOVERY_PERIOD_HOURS,
  type AccountRecovery,
  type RequestRecoveryResponse,
} from '#src/api/account-recovery';
import { findUserById } from './accounts';
import { findChallenge, maskEmail } from './challenges';
import { now, toIso } from './clock';
import { constantTimeEqual, generateEmailCode, randomId, sha256Hex } from './crypto';
import { hasMfa } from './factors';
import { sendMail } from './mailbox';
import { fail, ok, type Result } from './result';
import type { AccountRecoveryRecord, Store, UserRecord } from './schema';
import type { Client } from './device';
import { recordSecurityEvent } from './security-log';
import { mfaIssuer } from './totp';

const HOUR_MS = 60 * 60 * 1000;
/** The wait that gives the owner time to notice and cancel (GitHub and Apple wait days too). */
export const RECOVERY_PERIOD_MS = RECOVERY_PERIOD_HOURS * HOUR_MS;
const CODE_LIFETIME_MS = RECOVERY_CODE_MINUTES * 60 * 1000;
/** Wrong codes before a request is void: the code has 10^6 values, the guesser gets 5. */
const MAX_CODE_FAILURES = 5;
/** Requests per account per day: each one mails the owner, so they are throttled. */
const MAX_REQUESTS_PER_DAY = 3;
const DAY_MS = 24 * HOUR_MS;

type RecoveryRequest = RequestRecoveryResponse['recovery'];

function ofUser(store: Store, user: UserRecord, status: AccountRecoveryRecord['status']) {
  return store.accountRecoveries.filter((r) => r.userId === user.id && r.status === status);
}

/** The requests of the last day: at most 3, each of them mailed the owner a code. */
function checkRequestThrottle(store: Store, user: UserRecord, at: number): Result<null> {
  const recent = store.accountRecoveries
    .filter((r) => r.userId === user.id && r.requestedAt + DAY_MS > at)
    .map((r) => r.requestedAt)
    .sort((a, b) => a - b);
  const oldest = recent[0];
  if (recent.length < MAX_REQUESTS_PER_DAY || oldest === undefined) return ok(null);
  return fail('too_many_attempts', { retryAfter: Math.ceil((oldest + DAY_MS - at) / 1000) });
}

async function mailRecoveryCode(store: Store, user: UserRecord): Promise<string> {
  const code = generateEmailCode();
  const issuer = mfaIssuer();
  sendMail(store, {
    to: user.email,
    subject: `Your ${issuer} account recovery code`,
    body:
      `Someone who knew your password asked to recover your ${issuer} account because every second factor was lost. ` +
      `The code to go on is ${code}; it expires in ${RECOVERY_CODE_MINUTES} minutes. ` +
      'If this was not you, ignore this mail: nothing changes without the code. Someone knows your password, so change it.',
    code,
  });
  return sha256Hex(code);
}

/**
 * Starts a recovery from an open MFA challenge, so only someone who just proved the password can
 * ask, and nothing here takes an email: no answer can tell which addresses have accounts. The
 * code goes to the account's own address.
 */
export async function requestRecovery(
  store: Store,
  challengeId: string,
): Promise<Result<RecoveryRequest>> {
  const found = findChallenge(store, challengeId);
  if (!found.ok) return found;
  const { challenge, user } = found.value;
  // An email challenge means MFA is off: the person signs in with the mailed code as it is.
  if (challenge.type !== 'mfa') return fail('mfa_not_enabled');
  if (ofUser(store, user, 'pending').length > 0) return fail('recovery_already_pending');
  const at = now();
  const gate = checkRequestThrottle(store, user, at);
  if (!gate.ok) return gate;
  // One open request per account: a new one voids the unconfirmed one and its code.
  for (const old of ofUser(store, user, 'unconfirmed')) old.status = 'void';
  const record: AccountRecoveryRecord = {
    id: randomId('rcv_'),
    userId: user.id,
    status: 'unconfirmed',
    requestedAt: at,
    codeHash: await mailRecoveryCode(store, user),
    codeExpiresAt: at + CODE_LIFETIME_MS,
    failures: 0,
    completesAt: null,
  };
  store.accountRecoveries.push(record);
  return ok({
    id: record.id,
    maskedEmail: maskEmail(user.email),
    codeExpiresAt: toIso(record.codeExpiresAt),
  });
}

function recoveryView(record: AccountRecoveryRecord): AccountRecovery | null {
  if (record.completesAt === null) return null;
  if (record.status !== 'pending' && record.status !== 'completed') return null;
  return {
    status: record.status,
    requestedAt: toIso(record.requestedAt),
    completesAt: toIso(record.completesAt),
  };
}

/** The mailed code proves the email; the recovery period starts and the owner is told. */
export async function confirmRecovery(
  store: Store,
  recoveryId: string,
  code: string,
  client: Client,
): Promise<Result<AccountRecovery>> {
  const record = store.accountRecoveries.find((r) => r.id === recoveryId);
  const user = record && findUserById(store, record.userId);
  if (!record || !user || record.status !== 'unconfirmed' || record.codeHash === null) {
    return fail('recovery_request_invalid');
  }
  const at = now();
  // MFA turned off meanwhile (by its owner): nothing is left to recover.
  if (at >= record.codeExpiresAt || !hasMfa(user)) {
    record.status = 'void';
    return fail('recovery_request_invalid');
  }
  if (!constantTimeEqual(await sha256Hex(code), record.codeHash)) {
    record.failures += 1;
    if (record.failures >= MAX_CODE_FAILURES) record.status = 'void';
    return fail('invalid_code');
  }
  record.status = 'pending';
  record.codeHash = null;
  record.completesAt = at + RECOVERY_PERIOD_MS;
  recordSecurityEvent(store, user, client, 'account_recovery_requested');
  const view = recoveryView(record);
  return view ? ok(view) : fail('recovery_request_invalid');
}

/** What the signed-in account's sessions are shown: a pending recovery, or the last completed. */
export function recoveryStatus(store: Store, user: UserRecord): AccountRecovery | null {
  const [record] = [...ofUser(store, user, 'pending'), ...ofUser(store, user, 'completed')];
  return record ? recoveryView(record) : null;
}

/** "This wasn't me": any session of the account stops the recovery; it can never complete. */
export function cancelRecovery(store: Store, user: UserRecord, client: Client): Result<null> {
  const pending = ofUser(store, user, 'pending');
  if (pending.length === 0) return fail('no_pending_recovery');
  for (const record of pending) record.status = 'cancelled';
  recordSecurityEvent(store, user, client, 'account_recovery_cancelled');
  return ok(null);
}

/** The period ended uncancelled: MFA off, every session and sign-in attempt ended, a mail. */
function completeRecovery(store: Store, record: AccountRecoveryRecord): void {
  record.status = 'completed';
  const user = findUserById(store, record.userId);
  if (!user) return;
  user.mfa = { factors: [], enabledAt: null, lastUsedAt: null, recoveryCodeHashes: [] };
  user.enrollment = null;
  store.sessions = store.sessions.filter((session) => session.userId !== user.id);
  store.challenges = store.challenges.filter((challenge) => challenge.userId !== user.id);
  store.webauthnChallenges = store.webauthnChallenges.filter((c) => c.userId !== user.id);
  // Only the latest completion is shown, and only until MFA is on again.
  store.accountRecoveries = store.accountRecoveries.filter(
    (other) => other === record || other.userId !== user.id || other.status !== 'completed',
  );
  // The backend itself ends it, on its clock: no caller, no device.
  recordSecurityEvent(store, user, { address: null, userAgent: '' }, 'account_recovery_completed');
}

/**
 * What a real backend's scheduled job does at the end of each period, done at the start of every
 * transaction (mocks/db/db.ts): whatever request comes next, a recovery whose period is over has
 * taken effect, and one whose period is not over has not. Old records are dropped on the way.
 */
export function settleRecoveries(store: Store): void {
  const at = now();
  for (const record of store.accountRecoveries) {
    if (record.status === 'pending' && record.completesAt !== null && record.completesAt <= at) {
      completeRecovery(store, record);
    }
  }
  store.accountRecoveries = store.accountRecoveries.filter((record) => {
    if (record.status === 'pending') return true;
    if (record.status === 'completed') {
      const user = findUserById(store, record.userId);
      return user !== undefined && !hasMfa(user);
    }
    // Cancelled, void and unconfirmed ones still count toward the day's throttle.
    return record.requestedAt + DAY_MS > at;
  });
}
