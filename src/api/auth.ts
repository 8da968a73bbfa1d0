import * as z from 'zod/mini';
import { recoveryCodeSchema, totpCodeSchema } from './codes';
import { emailPattern } from './email';
import { codeErrors, keyAnswerErrors, sessionErrors, throttled, type Operation } from './operation';
import { meResponseSchema, methodsSchema, sessionResponseSchema, userSchema } from './user';
import { authenticationCredentialSchema } from './webauthn';

export const signInRequestSchema = z.object({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email({ pattern: emailPattern })),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

/** The password step never starts a session: it returns a short-lived, single-use challenge. */
export const challengeSchema = z.object({
  id: z.string(),
  /** `mfa`: the account's own factors (apps, keys, recovery codes); `email`: a mailed code. */
  type: z.enum(['mfa', 'email']),
  expiresAt: z.iso.datetime(),
  /** For `mfa`: the account's methods, the most recently used first. */
  methods: z.optional(methodsSchema),
  /** For `email`: where the code went, masked (a•••@example.com). */
  maskedEmail: z.optional(z.string()),
  /** For `email`: when "Resend code" may be used again. */
  resendAvailableAt: z.optional(z.iso.datetime()),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const signInResponseSchema = z.object({ challenge: challengeSchema });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

/**
 * A code (authenticator app or email) or, for `mfa` challenges, a recovery code or a security
 * key's answer to `POST /api/auth/webauthn/options`.
 */
export const verifyChallengeRequestSchema = z.union([
  z.object({
    challengeId: z.string().check(z.minLength(1), z.maxLength(100)),
    code: totpCodeSchema,
  }),
  z.object({
    challengeId: z.string().check(z.minLength(1), z.maxLength(100)),
    recoveryCode: recoveryCodeSchema,
  }),
  z.object({
    challengeId: z.string().check(z.minLength(1), z.maxLength(100)),
    credential: authenticationCredentialSchema,
  }),
]);
export type VerifyChallengeRequest = z.input<typeof verifyChallengeRequestSchema>;

export const verifyChallengeResponseSchema = z.object({ user: userSchema });
export type VerifyChallengeResponse = z.infer<typeof verifyChallengeResponseSchema>;

export const resendCodeRequestSchema = z.object({
  challengeId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type ResendCodeRequest = z.input<typeof resendCodeRequestSchema>;
export const resendCodeResponseSchema = z.object({ challenge: challengeSchema });

export const apiPaths = {
  signIn: '/api/auth/sign-in',
  verifyChallenge: '/api/auth/challenge/verify',
  resendCode: '/api/auth/challenge/resend',
  signOut: '/api/auth/sign-out',
  /** "Is anyone signed in?": 200 with `{ user }` or `{ user: null }`, never a 401. */
  session: '/api/session',
  me: '/api/me',
  enrollment: '/api/mfa/enrollment',
  confirmEnrollment: '/api/mfa/enrollment/confirm',
  disableMfa: '/api/mfa/disable',
  regenerateRecoveryCodes: '/api/mfa/recovery-codes',
} as const;

/** Sign-in and the session, as data for the OpenAPI document and the contract tests (operations.ts). */
export const authOperations = (): readonly Operation[] => [
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
];
