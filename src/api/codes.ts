import * as z from 'zod/mini';

/** Spaces and dashes people paste ("123 456", "123-456") are not part of a code. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** Exactly six ASCII digits once separators are stripped (fullwidth digits are not accepted). */
export const totpCodeSchema = z.pipe(
  z.pipe(z.string(), z.transform(stripSeparators)),
  z.string().check(z.regex(/^[0-9]{6}$/)),
);

/**
 * Recovery codes are 10 characters from a 32-letter alphabet without look-alikes
 * (no 0/o, 1/l): 50 bits each, shown as `xxxxx-xxxxx`.
 */
export const RECOVERY_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const recoveryCodeSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => stripSeparators(value).toLowerCase()),
  ),
  z.string().check(z.regex(/^[a-km-np-z2-9]{10}$/)),
);

/**
 * A set of recovery codes as issued: shown once, when MFA turns on (app or key) and when they
 * are regenerated.
 */
export const recoveryCodesSchema = z
  .array(z.string().check(z.regex(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/)))
  .check(z.length(10));

export function formatRecoveryCode(normalised: string): string {
  return `${normalised.slice(0, 5)}-${normalised.slice(5)}`;
}
