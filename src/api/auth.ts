import * as z from 'zod/mini';
import { recoveryCodeSchema, totpCodeSchema } from './codes';
import { emailPattern } from './email';
import { methodsSchema, userSchema } from './user';
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
