import { RECOVERY_PERIOD_HOURS } from '#src/api/account-recovery';
import { mfaIssuer } from './totp';
import { sendMail } from './mailbox';
import type { Store, UserRecord } from './schema';

export type SecurityEvent =
  | 'mfa_enabled'
  | 'mfa_disabled'
  | 'recovery_code_used'
  | 'recovery_codes_regenerated'
  | 'factor_added'
  | 'factor_removed'
  | 'account_recovery_requested'
  | 'account_recovery_cancelled'
  | 'account_recovery_completed';

const subjects: Record<SecurityEvent, string> = {
  mfa_enabled: 'Two-factor authentication was turned on',
  mfa_disabled: 'Two-factor authentication was turned off',
  recovery_code_used: 'A recovery code was used to sign in',
  recovery_codes_regenerated: 'New recovery codes were generated',
  factor_added: 'A second factor was added',
  factor_removed: 'A second factor was removed',
  account_recovery_requested: 'Account recovery was requested',
  account_recovery_cancelled: 'Account recovery was cancelled',
  account_recovery_completed: 'Account recovery turned off two-factor authentication',
};

/** What the owner should know or do next, for the events where the generic advice falls short. */
const advice: Partial<Record<SecurityEvent, string>> = {
  account_recovery_requested: ` Unless it is cancelled, two-factor authentication will be turned off and every session signed out in ${RECOVERY_PERIOD_HOURS} hours; to stop it, sign in and choose "This wasn't me".`,
  account_recovery_completed:
    ' Its second factors and recovery codes were removed and every session was signed out. Sign in with your password and an emailed code, then set up two-factor authentication again.',
};

/**
 * SEC-19: one notice per security event, so the owner notices changes they did not make. A
 * notice never carries a code or a secret: it is a tripwire, not a credential.
 */
export function sendSecurityNotice(
  store: Store,
  user: UserRecord,
  event: SecurityEvent,
  viaRecoveryCode = false,
): void {
  const issuer = mfaIssuer();
  const how = viaRecoveryCode ? ' It was confirmed with a recovery code.' : '';
  const remaining =
    event === 'recovery_code_used'
      ? ` You have ${user.mfa.recoveryCodeHashes.length} recovery codes left.`
      : '';
  sendMail(store, {
    to: user.email,
    subject: `${issuer}: ${subjects[event]}`,
    body:
      `Hello ${user.name}, ${subjects[event].toLowerCase()} on your ${issuer} account.` +
      `${how}${remaining}${advice[event] ?? ''} If this was not you, reset your password and contact support.`,
  });
}
