/**
 * Query keys of the MFA feature. Only the pending enrollment is cached (it carries the secret
 * until the enrollment is confirmed or cancelled); the MFA status itself lives on the session.
 */
export const mfaQueryKeys = {
  all: ['mfa'] as const,
  enrollment: () => [...mfaQueryKeys.all, 'enrollment'] as const,
  factors: () => [...mfaQueryKeys.all, 'factors'] as const,
  keyOptions: () => [...mfaQueryKeys.all, 'key-options'] as const,
};
