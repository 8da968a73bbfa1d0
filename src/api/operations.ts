import type * as z from 'zod/mini';
import {
  apiPaths,
  resendCodeRequestSchema,
  resendCodeResponseSchema,
  signInRequestSchema,
  signInResponseSchema,
  verifyChallengeRequestSchema,
  verifyChallengeResponseSchema,
} from './auth';
import type { ErrorCode } from './errors';
import {
  confirmEnrollmentRequestSchema,
  confirmEnrollmentResponseSchema,
  disableMfaResponseSchema,
  enrollmentResponseSchema,
  reauthRequestSchema,
  regenerateRecoveryCodesResponseSchema,
} from './mfa';
import { factorOperations } from './factor-operations';
import { keyOperations } from './key-operations';
import { mockOperations } from './mock-operations';
import { meResponseSchema, sessionResponseSchema } from './user';

/**
 * Every operation the API answers, as data: the OpenAPI generator (scripts/) and the contract's
 * property tests (mocks/contract/) read it, so the document, the tests and the schemas cannot
 * drift apart. Only they import this file; the SPA never does, so it stays out of the bundle.
 */
type OperationTag = 'auth' | 'session' | 'mfa' | 'mock-control';

export type Operation = {
  id: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  tag: OperationTag;
  summary: string;
  description: string;
  /** The JSON body it reads; none means any body is ignored. */
  request?: z.ZodMiniType;
  /** 200 (or 201 for something created) with a JSON body, or 204 without one. */
  success: { status: 200 | 201; schema: z.ZodMiniType } | { status: 204 };
  /** Every error code it can answer besides `commonErrors`; statuses come from `errorStatus`. */
  errors: readonly ErrorCode[];
  /** `required`: 401 without a live `sid`; `optional`: read if sent (sign-out, verify). */
  session: 'required' | 'optional' | 'none';
  /** Answers `Set-Cookie: sid=…` (a new session) or one that clears it. */
  cookie?: 'sets' | 'clears';
};

/**
 * Any request: refused when cross-site (403), when its body is too large (413) or not JSON
 * (415), and any handler may fail unexpectedly with the contract's 500, never a stack trace.
 */
const commonErrors: readonly ErrorCode[] = [
  'cross_site_request',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
];

const sessionErrors = ['unauthenticated', 'session_expired'] as const;
const codeErrors = ['invalid_code', 'code_already_used', 'clock_skew'] as const;
const throttled = ['too_many_attempts', 'account_locked'] as const;
const keyAnswerErrors = [
  'webauthn_expired',
  'webauthn_failed',
  'webauthn_not_verified',
  'webauthn_other_account',
] as const;
const reauthErrors = [
  ...sessionErrors,
  'invalid_request',
  'invalid_code_format',
  'invalid_recovery_code_format',
  'mfa_not_enabled',
  'invalid_password',
  ...codeErrors,
  'invalid_recovery_code',
  ...keyAnswerErrors,
  ...throttled,
] as const;

export const productOperations: readonly Operation[] = [
  {
    id: 'signIn',
    method: 'post',
    path: apiPaths.signIn,
    tag: 'auth',
    summary: 'Check email and password; start the second-factor challenge',
    description:
      'Never starts a session (SEC-11). An unknown email answers exactly like a wrong password (SEC-20). Wrong passwords are rate limited per submitted email and per client address: after 5 (per email) or 20 (per address) the wait starts at 30 s and doubles up to 5 minutes; it never locks the account and does not count toward the second-factor throttle.',
    request: signInRequestSchema,
    success: { status: 200, schema: signInResponseSchema },
    errors: ['invalid_request', 'invalid_credentials', 'too_many_attempts'],
    session: 'none',
  },
  {
    id: 'verifyChallenge',
    method: 'post',
    path: apiPaths.verifyChallenge,
    tag: 'auth',
    summary: 'Answer the challenge with a code, a recovery code or a security key; start a session',
    description:
      'On success the challenge is spent and a fresh `sid` session starts, ending any session the browser had. Failures count toward the per-account second-factor throttle (SEC-8).',
    request: verifyChallengeRequestSchema,
    success: { status: 200, schema: verifyChallengeResponseSchema },
    errors: [
      'invalid_request',
      'invalid_code_format',
      'invalid_recovery_code_format',
      'challenge_invalid',
      'challenge_expired',
      ...codeErrors,
      'invalid_recovery_code',
      ...keyAnswerErrors,
      ...throttled,
    ],
    session: 'optional',
    cookie: 'sets',
  },
  {
    id: 'resendCode',
    method: 'post',
    path: apiPaths.resendCode,
    tag: 'auth',
    summary: 'Mail a new sign-in code (email challenges, once a minute)',
    description: 'The new code replaces the old one; the challenge keeps its expiry.',
    request: resendCodeRequestSchema,
    success: { status: 200, schema: resendCodeResponseSchema },
    errors: [
      'invalid_request',
      'challenge_invalid',
      'challenge_expired',
      'not_email_challenge',
      'resend_cooldown',
    ],
    session: 'none',
  },
  {
    id: 'signOut',
    method: 'post',
    path: apiPaths.signOut,
    tag: 'session',
    summary: 'End the session',
    description: 'Always succeeds: with or without a session, none is left afterwards.',
    success: { status: 204 },
    errors: [],
    session: 'optional',
    cookie: 'clears',
  },
  {
    id: 'getSession',
    method: 'get',
    path: apiPaths.session,
    tag: 'session',
    summary: 'Is anyone signed in? The account, or null',
    description:
      'Never a 401: a signed-out browser gets `{ "user": null }`, so a normal signed-out visit logs no error. An expired session ends here (its cookie is cleared). Each call with a live session counts as activity (SEC-13).',
    success: { status: 200, schema: sessionResponseSchema },
    errors: [],
    session: 'optional',
    cookie: 'clears',
  },
  {
    id: 'getMe',
    method: 'get',
    path: apiPaths.me,
    tag: 'session',
    summary: 'The signed-in account and its MFA status',
    description: 'Each call counts as activity for the 30-minute idle limit (SEC-13).',
    success: { status: 200, schema: meResponseSchema },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'startEnrollment',
    method: 'post',
    path: apiPaths.enrollment,
    tag: 'mfa',
    summary: 'Start or resume turning MFA on',
    description:
      'Returns the pending secret (the only response that ever carries it), the same one until it is confirmed, cancelled or 15 minutes pass. With MFA on it starts one more authenticator app, which needs sudo mode (`POST /api/mfa/sudo`) and room for it (at most 8 factors).',
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
    description:
      'Answers the 10 recovery codes, shown this once. A wrong code leaves MFA off and counts toward the throttle (SEC-3, SEC-8).',
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
    description: 'The secret and every recovery code are deleted at once (SEC-14, SEC-15).',
    request: reauthRequestSchema,
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
    description: 'The old set is void at once; the new one is shown this once (SEC-14, SEC-18).',
    request: reauthRequestSchema,
    success: { status: 200, schema: regenerateRecoveryCodesResponseSchema },
    errors: reauthErrors,
    session: 'required',
  },
  ...factorOperations,
  ...keyOperations,
];

export const operations: readonly Operation[] = [...productOperations, ...mockOperations];

/** Every error code an operation can answer, `commonErrors` included. */
export function operationErrors(operation: Operation): ErrorCode[] {
  return [...new Set([...operation.errors, ...commonErrors])];
}
