import * as z from 'zod/mini';

/** How an account answers a challenge or reauth (besides recovery codes), most recent first. */
export const methodsSchema = z.array(z.enum(['webauthn', 'totp']));
export type ServerMethod = z.infer<typeof methodsSchema>[number];

export const mfaStatusSchema = z.object({
  enabled: z.boolean(),
  /** ISO time MFA was turned on; null while off. */
  enabledAt: z.nullable(z.iso.datetime()),
  /** ISO time a factor (or a recovery code) last verified a sign-in or change. */
  lastUsedAt: z.nullable(z.iso.datetime()),
  recoveryCodesRemaining: z.int().check(z.nonnegative()),
});
export type MfaStatus = z.infer<typeof mfaStatusSchema>;

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.email(),
  mfa: mfaStatusSchema,
});
export type User = z.infer<typeof userSchema>;

export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

/**
 * The answer to "is anyone signed in?": asking is not an error, so a signed-out (or expired)
 * browser gets `{ user: null }` with 200, and the console never logs a 401 on a normal visit.
 */
export const sessionResponseSchema = z.object({
  user: z.nullable(userSchema),
  /**
   * Why the session this browser sent is gone, when it just ended: `revoked` when another
   * session of the account signed it out, `expired` at its idle or absolute limit.
   */
  ended: z.optional(z.enum(['expired', 'revoked'])),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
