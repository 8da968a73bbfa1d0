import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '#src/api/api-error';
import { apiRequest, noContentSchema } from '#src/api/client';
import { factorPaths, sudoResponseSchema } from '#src/api/factors';
import type { ReauthRequest } from '#src/api/mfa';
import { sessionsQueryKeys } from '#src/api/sessions-query-keys';
import {
  sessionListResponseSchema,
  sessionPath,
  sessionPaths,
  signOutOthersResponseSchema,
} from '#src/api/sessions';

export function sessionsQueryOptions() {
  return queryOptions({
    queryKey: sessionsQueryKeys.list(),
    queryFn: ({ signal }) =>
      apiRequest(sessionPaths.sessions, { schema: sessionListResponseSchema, signal }),
  });
}

/** Sudo mode for this session, when the reauth form was filled in. */
async function sudoFirst(reauth: ReauthRequest | undefined): Promise<void> {
  if (reauth)
    await apiRequest(factorPaths.sudo, {
      method: 'POST',
      body: reauth,
      schema: sudoResponseSchema,
    });
}

/**
 * `id` signs out one other session, `others` every other one. Tried as is first: in sudo mode
 * (or without MFA) it just happens, otherwise `reauth_required` tells the dialog to ask.
 */
export type SignOutTarget = { id: string } | 'others';

export function useSignOutSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: async ({ target, reauth }: { target: SignOutTarget; reauth?: ReauthRequest }) => {
      await sudoFirst(reauth);
      if (target === 'others') {
        const { signedOut } = await apiRequest(sessionPaths.signOutOthers, {
          method: 'POST',
          schema: signOutOthersResponseSchema,
        });
        return signedOut;
      }
      await apiRequest(sessionPath(target.id), { method: 'DELETE', schema: noContentSchema });
      return 1;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKeys.list() }),
  });
}

export const needsReauth = (error: unknown) => isApiError(error, 'reauth_required');
