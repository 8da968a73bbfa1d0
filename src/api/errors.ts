import * as z from 'zod/mini';

/**
 * Every error code the API can answer with. The UI maps each one to translated text
 * (see `errors.*` in the message files), so a code never changes meaning once shipped.
 */
export const errorCodes = [
  'invalid_request',
  'invalid_code_format',
  'invalid_recovery_code_format',
  'invalid_credentials',
  'unauthenticated',
  'session_expired',
  'challenge_invalid',
  'challenge_expired',
  'invalid_code',
  'invalid_recovery_code',
  'code_already_used',
  'clock_skew',
  'too_many_attempts',
  'account_locked',
  'resend_cooldown',
  'not_email_challenge',
  'invalid_password',
  'mfa_already_enabled',
  'mfa_not_enabled',
  'no_pending_enrollment',
  'enrollment_expired',
  'reauth_required',
  'factor_limit_reached',
  'factor_name_taken',
  'last_factor',
  'no_security_key',
  'webauthn_expired',
  'webauthn_failed',
  'webauthn_not_verified',
  'webauthn_already_registered',
  'webauthn_other_account',
  'not_found',
  'cross_site_request',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
  'password_too_short',
  'password_too_long',
  'password_common',
  'password_personal',
  'reset_link_invalid',
] as const;

const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    /** Seconds until the request may be tried again (throttling, cooldowns). */
    retryAfter: z.optional(z.int().check(z.nonnegative())),
    /** For `clock_skew`: how far the device's clock seems off, in whole minutes (+ ahead, - behind). */
    skewMinutes: z.optional(z.int()),
    /** For `invalid_request`: which fields were wrong. */
    fields: z.optional(z.array(z.string())),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export type ErrorDetails = ErrorBody['error'];

/** The HTTP status that goes with each code; handlers and tests share it. */
export const errorStatus: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_code_format: 400,
  invalid_recovery_code_format: 400,
  not_email_challenge: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  session_expired: 401,
  challenge_invalid: 401,
  invalid_code: 403,
  invalid_recovery_code: 403,
  code_already_used: 403,
  clock_skew: 403,
  invalid_password: 403,
  cross_site_request: 403,
  reauth_required: 403,
  factor_limit_reached: 409,
  factor_name_taken: 409,
  last_factor: 409,
  no_security_key: 409,
  webauthn_already_registered: 409,
  webauthn_failed: 403,
  webauthn_not_verified: 403,
  webauthn_other_account: 403,
  webauthn_expired: 410,
  not_found: 404,
  no_pending_enrollment: 404,
  mfa_already_enabled: 409,
  mfa_not_enabled: 409,
  challenge_expired: 410,
  enrollment_expired: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  too_many_attempts: 429,
  resend_cooldown: 429,
  internal_error: 500,
  password_too_short: 422,
  password_too_long: 422,
  password_common: 422,
  password_personal: 422,
  reset_link_invalid: 410,
};
