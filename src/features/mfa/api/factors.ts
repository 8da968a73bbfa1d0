import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '#src/api/client';
import { isApiError } from '#src/api/api-error';
import {
  addAppFactorResponseSchema,
  factorListResponseSchema,
  factorPath,
  factorPaths,
  factorResponseSchema,
  removeFactorResponseSchema,
  sudoResponseSchema,
  type AddAppFactorRequest,
} from '#src/api/factors';
import type { ReauthRequest } from '#src/api/mfa';
import { updateSessionUser } from '#src/api/session';
import { sessionsQueryKeys } from '#src/api/sessions-query-keys';
import { mfaQueryKeys } from './query-keys';

export function factorsQueryOptions() {
  return queryOptions({
    queryKey: mfaQueryKeys.factors(),
    queryFn: ({ signal }) =>
      apiRequest(factorPaths.factors, { schema: factorListResponseSchema, signal }),
  });
}

export function useRenameFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      apiRequest(factorPath(id), {
        method: 'PATCH',
        body: { name },
        schema: factorResponseSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mfaQueryKeys.factors() }),
  });
}

/** Sudo mode for this session (10 minutes): the password and a current factor. */
function enterSudo(request: ReauthRequest) {
  return apiRequest(factorPaths.sudo, {
    method: 'POST',
    body: request,
    schema: sudoResponseSchema,
  });
}

type RemoveFactor = { id: string; signOutOthers: boolean; reauth?: ReauthRequest };

/**
 * Removes a factor, re-authenticating first when the reauth form was filled in; without it the
 * removal is tried as is, and `reauth_required` tells the dialog to ask. `signOutOthers` ends
 * the account's other sessions with it ("Also sign out my other sessions").
 */
export function useRemoveFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: async ({ id, signOutOthers, reauth }: RemoveFactor) => {
      if (reauth) await enterSudo(reauth);
      const query = `?signOutOtherSessions=${String(signOutOthers)}`;
      return apiRequest(`${factorPath(id)}${query}`, {
        method: 'DELETE',
        schema: removeFactorResponseSchema,
      });
    },
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: mfaQueryKeys.factors() }),
        queryClient.invalidateQueries({ queryKey: sessionsQueryKeys.list() }),
      ]);
    },
  });
}

export const needsReauth = (error: unknown) => isApiError(error, 'reauth_required');

export function useEnterSudo() {
  return useMutation({ gcTime: 0, mutationFn: enterSudo });
}

/** Confirms the pending authenticator app with its first code: one more factor. */
export function useAddApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AddAppFactorRequest) =>
      apiRequest(factorPaths.factors, {
        method: 'POST',
        body: request,
        schema: addAppFactorResponseSchema,
      }),
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      // The secret is no longer pending: drop it from memory (SEC-2).
      queryClient.removeQueries({ queryKey: mfaQueryKeys.enrollment() });
      return queryClient.invalidateQueries({ queryKey: mfaQueryKeys.factors() });
    },
  });
}
