import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import {
  regenerateRecoveryCodesResponseSchema,
  type ReauthAndSignOutRequest,
  type RegenerateRecoveryCodesResponse,
} from '#src/api/mfa';
import { updateSessionUser } from '#src/api/session';
import { sessionsQueryKeys } from '#src/api/sessions-query-keys';

function regenerateRecoveryCodes(
  request: ReauthAndSignOutRequest,
): Promise<RegenerateRecoveryCodesResponse> {
  return apiRequest(apiPaths.regenerateRecoveryCodes, {
    method: 'POST',
    body: request,
    schema: regenerateRecoveryCodesResponseSchema,
  });
}

export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    // Variables hold the password and codes: drop them as soon as nothing observes them.
    gcTime: 0,
    mutationFn: regenerateRecoveryCodes,
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      // "Also sign out my other sessions" may have ended some: the list asks again.
      return queryClient.invalidateQueries({ queryKey: sessionsQueryKeys.list() });
    },
  });
}
