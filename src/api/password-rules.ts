/**
 * The password rules every new password meets (NIST SP 800-63B §5.1.1.2): a length, a list of
 * common and breached passwords, and nothing built from the account's own email or name. No
 * composition rules ("a symbol and a digit") and no expiry. Kept free of zod and of the
 * estimator so the forms can count characters before anything heavy has loaded.
 */
export const PASSWORD_MIN_LENGTH = 8;
/** NIST asks for at least 64; 128 leaves room for long passphrases and bounds the hashing work. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * NFKC, as NIST advises before hashing: the same password typed on another keyboard (a
 * full-width letter, a composed or decomposed accent) is the same password. Spaces are kept:
 * they belong to passphrases.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Characters as people count them (code points after NFKC), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length;
}

export type PasswordRefusal =
  'password_too_short' | 'password_too_long' | 'password_common' | 'password_personal';
