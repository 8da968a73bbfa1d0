import * as z from 'zod/mini';

/** Spaces and dashes people paste ("123 456", "123-456") are not part of a code. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** The length of a code from an authenticator app or a mail. */
export const CODE_DIGITS = 6;

/** Exactly six ASCII digits once separators are stripped (fullwidth digits are not accepted). */
export const totpCodeSchema = z.pipe(
  z.pipe(z.string(), z.transform(stripSeparators)),
  z.string().check(z.regex(new RegExp(`^[0-9]{${CODE_DIGITS}}$`))),
);

/**
 * Recovery codes are 10 characters from a 32-letter alphabet without look-alikes
 * (no 0/o, 1/l): 50 bits each, shown as `xxxxx-xxxxx`.
 */
export const RECOVERY_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_LENGTH = 10;
/** How many recovery codes a set holds. */
export const RECOVERY_CODE_COUNT = 10;
const half = RECOVERY_CODE_LENGTH / 2;
/** RECOVERY_ALPHABET as a regular-expression class. */
const letter = '[a-km-np-z2-9]';
export const recoveryCodeSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => stripSeparators(value).toLowerCase()),
  ),
  z.string().check(z.regex(new RegExp(`^${letter}{${RECOVERY_CODE_LENGTH}}$`))),
);

/**
 * A set of recovery codes as issued: shown once, when MFA turns on (app or key) and when they
 * are regenerated.
 */
export const recoveryCodesSchema = z
  .array(z.string().check(z.regex(new RegExp(`^${letter}{${half}}-${letter}{${half}}$`))))
  .check(z.length(RECOVERY_CODE_COUNT));

export function formatRecoveryCode(normalised: string): string {
  return `${normalised.slice(0, half)}-${normalised.slice(half)}`;
}
