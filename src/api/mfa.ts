import * as z from 'zod/mini';
import { CODE_DIGITS, recoveryCodeSchema, recoveryCodesSchema, totpCodeSchema } from './codes';
import { mfaStatusSchema } from './user';
import { authenticationCredentialSchema } from './webauthn';

/**
 * A pending enrollment: the only response that ever carries the secret, and only until the
 * enrollment is confirmed, cancelled or expires (SEC-2, SEC-3).
 */
const enrollmentSchema = z.object({
  secret: z.string().check(z.regex(/^[A-Z2-7]{32}$/)),
  otpauthUri: z.string().check(z.startsWith('otpauth://totp/')),
  issuer: z.string(),
  accountName: z.string(),
  algorithm: z.literal('SHA1'),
  digits: z.literal(CODE_DIGITS),
  period: z.literal(30),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** True when an earlier pending enrollment had expired and this one replaced it. */
  replacedExpired: z.boolean(),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

export const enrollmentResponseSchema = z.object({ enrollment: enrollmentSchema });
export type EnrollmentResponse = z.infer<typeof enrollmentResponseSchema>;

export const confirmEnrollmentRequestSchema = z.object({ code: totpCodeSchema });
export type ConfirmEnrollmentRequest = z.input<typeof confirmEnrollmentRequestSchema>;

export const confirmEnrollmentResponseSchema = z.object({
  mfa: mfaStatusSchema,
  recoveryCodes: recoveryCodesSchema,
});
export type ConfirmEnrollmentResponse = z.infer<typeof confirmEnrollmentResponseSchema>;

/**
 * Disabling MFA, new recovery codes and sudo mode need the password and a second factor: a code,
 * a recovery code, or a security key's answer to `POST /api/mfa/reauth/webauthn/options`.
 */
export const reauthRequestSchema = z.union([
  z.object({ password: z.string().check(z.minLength(1), z.maxLength(200)), code: totpCodeSchema }),
  z.object({
    password: z.string().check(z.minLength(1), z.maxLength(200)),
    recoveryCode: recoveryCodeSchema,
  }),
  z.object({
    password: z.string().check(z.minLength(1), z.maxLength(200)),
    credential: authenticationCredentialSchema,
  }),
]);
export type ReauthRequest = z.input<typeof reauthRequestSchema>;

export const disableMfaResponseSchema = z.object({ mfa: mfaStatusSchema });
export type DisableMfaResponse = z.infer<typeof disableMfaResponseSchema>;

export const regenerateRecoveryCodesResponseSchema = z.object({
  mfa: mfaStatusSchema,
  recoveryCodes: recoveryCodesSchema,
});
export type RegenerateRecoveryCodesResponse = z.infer<typeof regenerateRecoveryCodesResponseSchema>;
