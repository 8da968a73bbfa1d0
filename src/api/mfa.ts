import * as z from 'zod/mini';
import { apiPaths } from './auth';
import {
  CODE_DIGITS,
  RECOVERY_CODE_COUNT,
  recoveryCodeSchema,
  recoveryCodesSchema,
  totpCodeSchema,
} from './codes';
import { FACTOR_LIMIT } from './factors';
import { reauthErrors, sessionErrors, throttled, type Operation } from './operation';
import {
  alsoSignOutDescription,
  signOutOtherSessionsField,
  signOutOthersResponseSchema,
} from './sessions';
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
function reauthWith<Extra extends z.core.$ZodLooseShape>(extra: Extra) {
  const password = z.string().check(z.minLength(1), z.maxLength(200));
  return z.union([
    z.object({ password, code: totpCodeSchema, ...extra }),
    z.object({ password, recoveryCode: recoveryCodeSchema, ...extra }),
    z.object({ password, credential: authenticationCredentialSchema, ...extra }),
  ]);
}
export const reauthRequestSchema = reauthWith({});
export type ReauthRequest = z.input<typeof reauthRequestSchema>;

/** Disabling MFA and new recovery codes: the reauth, and whether other sessions end too. */
export const reauthAndSignOutRequestSchema = reauthWith(signOutOtherSessionsField);
export type ReauthAndSignOutRequest = z.input<typeof reauthAndSignOutRequestSchema>;

export const disableMfaResponseSchema = z.object({
  mfa: mfaStatusSchema,
  signedOut: signOutOthersResponseSchema.shape.signedOut,
});
export type DisableMfaResponse = z.infer<typeof disableMfaResponseSchema>;

export const regenerateRecoveryCodesResponseSchema = z.object({
  mfa: mfaStatusSchema,
  recoveryCodes: recoveryCodesSchema,
  signedOut: signOutOthersResponseSchema.shape.signedOut,
});
export type RegenerateRecoveryCodesResponse = z.infer<typeof regenerateRecoveryCodesResponseSchema>;

/** Turning MFA on and off and the recovery codes, as data (see operations.ts). */
export const mfaOperations = (): readonly Operation[] => [
  {
    id: 'startEnrollment',
    method: 'post',
    path: apiPaths.enrollment,
    tag: 'mfa',
    summary: 'Start or resume turning MFA on',
    description: `Returns the pending secret (the only response that ever carries it), the same one until it is confirmed, cancelled or 15 minutes pass. With MFA on it starts one more authenticator app, which needs sudo mode (\`POST /api/mfa/sudo\`) and room for it (at most ${FACTOR_LIMIT} factors).`,
    success: { status: 200, schema: enrollmentResponseSchema },
    errors: [...sessionErrors, 'mfa_already_enabled', 'reauth_required', 'factor_limit_reached'],
    session: 'required',
  },
  {
    id: 'getEnrollment',
    method: 'get',
    path: apiPaths.enrollment,
    tag: 'mfa',
    summary: 'The pending enrollment, if any',
    description: 'Lets a reloaded page resume the wizard with the key already scanned.',
    success: { status: 200, schema: enrollmentResponseSchema },
    errors: [...sessionErrors, 'no_pending_enrollment', 'enrollment_expired'],
    session: 'required',
  },
  {
    id: 'cancelEnrollment',
    method: 'delete',
    path: apiPaths.enrollment,
    tag: 'mfa',
    summary: 'Cancel the pending enrollment',
    description: 'Succeeds also when nothing is pending.',
    success: { status: 204 },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'confirmEnrollment',
    method: 'post',
    path: apiPaths.confirmEnrollment,
    tag: 'mfa',
    summary: 'Confirm the pending secret with a code: MFA turns on',
    description: `Answers the ${RECOVERY_CODE_COUNT} recovery codes, shown this once. A wrong code leaves MFA off and counts toward the throttle (SEC-3, SEC-8).`,
    request: confirmEnrollmentRequestSchema,
    success: { status: 200, schema: confirmEnrollmentResponseSchema },
    errors: [
      ...sessionErrors,
      'invalid_request',
      'invalid_code_format',
      'mfa_already_enabled',
      'no_pending_enrollment',
      'enrollment_expired',
      'invalid_code',
      'clock_skew',
      ...throttled,
    ],
    session: 'required',
  },
  {
    id: 'disableMfa',
    method: 'post',
    path: apiPaths.disableMfa,
    tag: 'mfa',
    summary: 'Turn MFA off (password and a second factor again)',
    description: `The secret and every recovery code are deleted at once (SEC-14, SEC-15). ${alsoSignOutDescription}`,
    request: reauthAndSignOutRequestSchema,
    success: { status: 200, schema: disableMfaResponseSchema },
    errors: reauthErrors,
    session: 'required',
  },
  {
    id: 'regenerateRecoveryCodes',
    method: 'post',
    path: apiPaths.regenerateRecoveryCodes,
    tag: 'mfa',
    summary: 'Replace the recovery codes (password and a second factor again)',
    description: `The old set is void at once; the new one is shown this once (SEC-14, SEC-18). ${alsoSignOutDescription}`,
    request: reauthAndSignOutRequestSchema,
    success: { status: 200, schema: regenerateRecoveryCodesResponseSchema },
    errors: reauthErrors,
    session: 'required',
  },
];
