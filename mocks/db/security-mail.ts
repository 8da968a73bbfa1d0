import { RECOVERY_PERIOD_HOURS } from '#src/api/account-recovery';
import type { SecurityEventKind } from '#src/api/activity';
import { toIso } from './clock';
import { describeDevice, locateAddress } from './device';
import { mfaIssuer } from './totp';
import type { SecurityEventRecord, UserRecord } from './schema';

/** Kinds that mail their owner; the rest only go to the log (security-log.ts decides both). */
const subjects: Partial<Record<SecurityEventKind, string>> = {
  mfa_enabled: 'Two-factor authentication was turned on',
  mfa_disabled: 'Two-factor authentication was turned off',
  recovery_code_used: 'A recovery code was used to sign in',
  recovery_codes_regenerated: 'New recovery codes were generated',
  factor_added: 'A second factor was added',
  factor_removed: 'A second factor was removed',
  account_recovery_requested: 'Account recovery was requested',
  account_recovery_cancelled: 'Account recovery was cancelled',
  account_recovery_completed: 'Account recovery turned off two-factor authentication',
  password_changed: 'Your password was changed',
  password_reset: 'Your password was reset',
};

/** What the owner should know or do next, for the events where the generic advice falls short. */
const advice: Partial<Record<SecurityEventKind, string>> = {
  account_recovery_requested: ` Unless it is cancelled, two-factor authentication will be turned off and every session signed out in ${RECOVERY_PERIOD_HOURS} hours; to stop it, sign in and choose "This wasn't me".`,
  account_recovery_completed:
    ' Its second factors and recovery codes were removed and every session was signed out. Sign in with your password and an emailed code, then set up two-factor authentication again.',
};

export type SecurityMail = { subject: string; body: string };

/**
 * SEC-19: the notice an event mails, or null when its kind mails nothing. Built only from the
 * logged event and the account's name, so a notice never carries a code, a key or a session id
 * that the log does not: it is a tripwire, not a credential.
 */
export function securityMail(user: UserRecord, event: SecurityEventRecord): SecurityMail | null {
  const issuer = mfaIssuer();
  if (event.kind === 'signed_in') return event.newDevice ? newDeviceMail(user, event) : null;
  const subject = subjects[event.kind];
  if (!subject) return null;
  const how = event.factor?.type === 'recovery_code' && event.kind !== 'recovery_code_used';
  const confirmed = how ? ' It was confirmed with a recovery code.' : '';
  const remaining =
    event.kind === 'recovery_code_used'
      ? ` You have ${user.mfa.recoveryCodeHashes.length} recovery codes left.`
      : '';
  return {
    subject: `${issuer}: ${subject}`,
    body:
      `Hello ${user.name}, ${subject.toLowerCase()} on your ${issuer} account.` +
      `${confirmed}${remaining}${advice[event.kind] ?? ''} If this was not you, reset your password and contact support.`,
  };
}

/** Where, when and from what, and what to do: the questions a person asks of such a notice. */
function newDeviceMail(user: UserRecord, event: SecurityEventRecord): SecurityMail {
  const issuer = mfaIssuer();
  const device = describeDevice(event.userAgent);
  const what = `${device.browser ?? 'An unknown browser'} on ${device.os ?? 'an unknown system'}`;
  const place = locateAddress(event.address) ?? 'Unknown location';
  const when = `${toIso(event.at).slice(0, 16).replace('T', ' ')} UTC`;
  return {
    subject: `${issuer}: New sign-in from ${what}`,
    body:
      `Hello ${user.name}, your ${issuer} account was signed in to from a device it had not used before.` +
      ` Device: ${what}. Address: ${event.address ?? 'unknown'}. Location: ${place}. Time: ${when}.` +
      ` If this was you, there is nothing to do. If it was not, open Security activity, choose` +
      ` "This wasn't me", sign out your other sessions, review your second factors and change your password.`,
  };
}
