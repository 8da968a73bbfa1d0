/**
 * Query keys of the MFA feature. Only the pending enrollment is cached (it carries the secret
 * until the enrollment is confirmed or cancelled); the MFA status itself lives on the session.
 */
export const mfaKeys = {
  all: ['mfa'] as const,
  enrollment: () => [...mfaKeys.all, 'enrollment'] as const,
  factors: () => [...mfaKeys.all, 'factors'] as const,
  keyOptions: () => [...mfaKeys.all, 'key-options'] as const,
};
