import { queryOptions, useMutation } from '@tanstack/react-query';
import { apiRequest, noContentSchema } from '#src/api/client';
import {
  checkPasswordResetResponseSchema,
  passwordPaths,
  type ResetPassword,
} from '#src/api/passwords';
import { passwordKeys } from './query-keys';

/** Whether a reset link is still good, and for which account (spends nothing). */
export const resetLinkQueryOptions = (token: string) =>
  queryOptions({
    queryKey: passwordKeys.resetLink(token),
    queryFn: ({ signal }) =>
      apiRequest(passwordPaths.checkReset, {
        method: 'POST',
        body: { token },
        schema: checkPasswordResetResponseSchema,
        signal,
      }),
    // A refusal is an answer (the link is void), not a failure to try again.
    retry: false,
    staleTime: Infinity,
  });

export function useResetPassword() {
  return useMutation({
    // Variables hold the new password: drop them as soon as nothing observes them.
    gcTime: 0,
    mutationFn: (request: ResetPassword) =>
      apiRequest(passwordPaths.reset, { method: 'POST', body: request, schema: noContentSchema }),
  });
}
