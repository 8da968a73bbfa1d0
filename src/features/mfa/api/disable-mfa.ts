import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import {
  disableMfaResponseSchema,
  type DisableMfaResponse,
  type ReauthAndSignOutRequest,
} from '#src/api/mfa';
import { updateSessionUser } from '#src/api/session';
import { sessionsQueryKeys } from '#src/api/sessions-query-keys';

function disableMfa(request: ReauthAndSignOutRequest): Promise<DisableMfaResponse> {
  return apiRequest(apiPaths.disableMfa, {
    method: 'POST',
    body: request,
    schema: disableMfaResponseSchema,
  });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    // Variables hold the password and codes: drop them as soon as nothing observes them.
    gcTime: 0,
    mutationFn: disableMfa,
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      // "Also sign out my other sessions" may have ended some: the list asks again.
      return queryClient.invalidateQueries({ queryKey: sessionsQueryKeys.list() });
    },
  });
}
