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
  | 'password_changed'
  | 'password_reset';

const subjects: Record<SecurityEvent, string> = {
  mfa_enabled: 'Two-factor authentication was turned on',
  mfa_disabled: 'Two-factor authentication was turned off',
  recovery_code_used: 'A recovery code was used to sign in',
  recovery_codes_regenerated: 'New recovery codes were generated',
  factor_added: 'A second factor was added',
  factor_removed: 'A second factor was removed',
  password_changed: 'Your password was changed',
  password_reset: 'Your password was reset',
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
      `${how}${remaining} If this was not you, reset your password and contact support.`,
  });
}
