import * as z from 'zod/mini';
import { emailPattern } from './email';
import { sessionErrors, type Operation } from './operation';

/**
 * Any text a person may type as a new password; the rules (length in characters, common,
 * personal) are judged by the server after NFKC (password-strength.ts), each with its own code.
 * The bound here only keeps absurd bodies out: 4 UTF-16 units per character of the longest.
 */
const newPasswordSchema = z.string().check(z.minLength(1), z.maxLength(512));

export const requestPasswordResetSchema = z.object({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email({ pattern: emailPattern })),
});
export type RequestPasswordReset = z.input<typeof requestPasswordResetSchema>;

const resetTokenSchema = z.string().check(z.minLength(1), z.maxLength(200));

export const checkPasswordResetSchema = z.object({ token: resetTokenSchema });
/** The account's email, so a password manager saves the new password under the right name. */
export const checkPasswordResetResponseSchema = z.object({ email: z.email() });

export const resetPasswordSchema = z.object({
  token: resetTokenSchema,
  password: newPasswordSchema,
});
export type ResetPassword = z.input<typeof resetPasswordSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(512)),
  newPassword: newPasswordSchema,
  /** End every other session of the account (the form's box is checked by default). */
  signOutOtherSessions: z.boolean(),
});
export type ChangePassword = z.input<typeof changePasswordSchema>;

export const passwordPaths = {
  requestReset: '/api/auth/password-reset',
  checkReset: '/api/auth/password-reset/check',
  reset: '/api/auth/password-reset/complete',
  change: '/api/me/password',
} as const;

/** The new password's refusals, in the order the server judges them. */
const refusals = [
  'password_too_short',
  'password_too_long',
  'password_personal',
  'password_common',
] as const;

/** Forgot, reset and change password, as data for OpenAPI and the contract tests. */
export const passwordOperations = (): readonly Operation[] => [
  {
    id: 'requestPasswordReset',
    method: 'post',
    path: passwordPaths.requestReset,
    tag: 'auth',
    summary: 'Mail a password-reset link, if an account has that email',
    description:
      'The same 204 whether or not an account exists, after the same work. The link holds a single-use token (256 random bits, stored only as its SHA-256) valid for 30 minutes; a newer link or a password change voids it. Every request counts per submitted email and per client address, like the password step: after 5 (per email) or 20 (per address) in an hour the wait starts at 30 s and doubles up to 5 minutes.',
    request: requestPasswordResetSchema,
    success: { status: 204 },
    errors: ['invalid_request', 'too_many_attempts'],
    session: 'none',
  },
  {
    id: 'checkPasswordReset',
    method: 'post',
    path: passwordPaths.checkReset,
    tag: 'auth',
    summary: 'Is this reset link still good? The account it resets',
    description:
      'Spends nothing. An expired, spent, replaced or made-up token is one error, `reset_link_invalid`.',
    request: checkPasswordResetSchema,
    success: { status: 200, schema: checkPasswordResetResponseSchema },
    errors: ['invalid_request', 'reset_link_invalid'],
    session: 'none',
  },
  {
    id: 'resetPassword',
    method: 'post',
    path: passwordPaths.reset,
    tag: 'auth',
    summary: 'Set a new password with a reset link; sign in afterwards',
    description:
      'Spends the token, ends every session and pending sign-in of the account and mails a notice. It never starts a session: the person signs in with the new password and, with MFA on, still answers the second factor. A refused password leaves the token unspent.',
    request: resetPasswordSchema,
    success: { status: 204 },
    errors: ['invalid_request', 'reset_link_invalid', ...refusals],
    session: 'none',
  },
  {
    id: 'changePassword',
    method: 'post',
    path: passwordPaths.change,
    tag: 'session',
    summary: 'Change the password, optionally signing out every other session',
    description:
      'A wrong current password is `invalid_password` and counts toward the password step’s rate limit (per email and client address). Voids open reset links and mails a notice; this session stays signed in.',
    request: changePasswordSchema,
    success: { status: 204 },
    errors: [
      ...sessionErrors,
      'invalid_request',
      'invalid_password',
      'too_many_attempts',
      ...refusals,
    ],
    session: 'required',
  },
];
