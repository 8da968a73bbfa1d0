import { findUserByEmail, findUserById } from './accounts';
import { now } from './clock';
import { constantTimeEqual, randomBytes, sha256Hex, toBase64Url } from './crypto';
import type { Client } from './device';
import { sendMail } from './mailbox';
import { setNewPassword } from './new-password';
import {
  checkPasswordThrottle,
  recordPasswordFailure,
  recordPasswordSuccess,
} from './password-throttle';
import { fail, ok, type Result } from './result';
import type { PasswordResetRecord, Store, UserRecord } from './schema';
import { recordSecurityEvent } from './security-log';
import { mfaIssuer } from './totp';

/** How long a mailed link works (OWASP Forgot Password Cheat Sheet: short-lived). */
export const RESET_LINK_LIFETIME_MS = 30 * 60 * 1000;
const RESET_PATH = '/reset-password';

/** The link in the mail: the token rides in the fragment, which no request or Referer carries. */
export const resetLink = (token: string) => `${RESET_PATH}#token=${token}`;

/**
 * "Forgot password?". The answer never says whether the email has an account: the caller
 * answers 204 either way, and both ways make and hash a token (the same work, so the same
 * time); only a real account's is stored and mailed. Every request counts toward its own rate
 * limit per email and per client address, so nobody can flood a mailbox. A new link voids the
 * older ones. Returns the token only to the scenarios and tests that call this directly.
 */
export async function requestPasswordReset(
  store: Store,
  email: string,
  address: string,
): Promise<Result<{ token: string | null }>> {
  const at = now();
  const gate = checkPasswordThrottle(store, email, address, at, 'reset');
  if (!gate.ok) return gate;
  recordPasswordFailure(store, email, address, at, 'reset');
  // 256 random bits: the token is a bearer credential for the account, like a session id.
  const token = `rst_${toBase64Url(randomBytes(32))}`;
  const tokenHash = await sha256Hex(token);
  const user = findUserByEmail(store, email);
  store.passwordResets = store.passwordResets.filter(
    (record) => record.expiresAt > at && record.userId !== user?.id,
  );
  if (!user) return ok({ token: null });
  store.passwordResets.push({ tokenHash, userId: user.id, expiresAt: at + RESET_LINK_LIFETIME_MS });
  const issuer = mfaIssuer();
  sendMail(store, {
    to: user.email,
    subject: `${issuer}: Reset your password`,
    body:
      `Hello ${user.name}, someone asked to reset the password of your ${issuer} account. ` +
      `Open this link within 30 minutes to choose a new one: ${resetLink(token)} ` +
      'It works once. If this was not you, ignore this mail: your password stays as it is.',
    link: resetLink(token),
  });
  return ok({ token });
}

/** The open link `token` names, with its account; expired, spent or unknown are one failure. */
async function findReset(
  store: Store,
  token: string,
): Promise<Result<{ record: PasswordResetRecord; user: UserRecord }>> {
  const tokenHash = await sha256Hex(token);
  const at = now();
  // Every record is compared, whichever matches (SEC-9).
  let found: PasswordResetRecord | undefined;
  for (const record of store.passwordResets)
    if (constantTimeEqual(record.tokenHash, tokenHash)) found = record;
  const user = found && found.expiresAt > at ? findUserById(store, found.userId) : undefined;
  if (!found || !user) return fail('reset_link_invalid');
  return ok({ record: found, user });
}

export async function checkPasswordReset(
  store: Store,
  token: string,
): Promise<Result<{ email: string }>> {
  const found = await findReset(store, token);
  return found.ok ? ok({ email: found.value.user.email }) : found;
}

/**
 * Sets the new password with a link. It spends the link (and any other of the account's),
 * ends every session and waiting sign-in, and mails a notice, but never signs anyone in: with
 * MFA on, the next sign-in still asks for the second factor (OWASP Forgot Password Cheat Sheet).
 * A refused password leaves the link open for a better one.
 */
export async function resetPassword(
  store: Store,
  token: string,
  password: string,
  client: Client,
): Promise<Result<null>> {
  const found = await findReset(store, token);
  if (!found.ok) return found;
  const { user } = found.value;
  const set = await setNewPassword(store, user, password, () => false);
  if (!set.ok) return set;
  // The owner proved the mailbox: earlier wrong guesses at the old password no longer matter.
  recordPasswordSuccess(store, user.email);
  recordSecurityEvent(store, user, client, 'password_reset');
  return ok(null);
}
