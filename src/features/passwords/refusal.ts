import { isApiError } from '#src/api/api-error';
import type { PasswordRefusal } from '#src/api/password-rules';

const refusals: readonly PasswordRefusal[] = [
  'password_too_short',
  'password_too_long',
  'password_common',
  'password_personal',
];

/** The server refused the new password (the message goes under its field), or null. */
export function refusalOf(error: unknown): PasswordRefusal | null {
  return refusals.find((code) => isApiError(error, code)) ?? null;
}
