import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '#src/api/client';
import { updateSessionUser } from '#src/api/session';
import {
  authenticationOptionsResponseSchema,
  registerKeyRequestSchema,
  registerKeyResponseSchema,
  registrationOptionsResponseSchema,
  webauthnPaths,
  type AuthenticationOptionsResponse,
  type RegistrationCredential,
  type RegistrationOptionsResponse,
} from '#src/api/webauthn';
import { mfaQueryKeys } from './query-keys';

/**
 * Options for `navigator.credentials.create()` (sudo mode; `reauth_required` otherwise): a fresh,
 * single-use challenge, and the account's keys to exclude, so a key cannot be added twice.
 */
function fetchRegistrationOptions(): Promise<RegistrationOptionsResponse> {
  return apiRequest(webauthnPaths.registrationOptions, {
    method: 'POST',
    body: {},
    schema: registrationOptionsResponseSchema,
  });
}

/**
 * Asked for when the dialog opens, so the browser's prompt follows the press of "Continue" with
 * no request in between (some browsers let a prompt open only right after a press), and so a
 * session out of sudo mode shows the confirmation at once. Never refetched behind the person's
 * back: a new challenge replaces it only after the server used or refused it.
 */
export function keyOptionsQueryOptions() {
  return queryOptions({
    queryKey: mfaQueryKeys.keyOptions(),
    queryFn: fetchRegistrationOptions,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Options for re-authenticating with a key (sudo mode, Disable MFA, new recovery codes). */
export function fetchReauthKeyOptions(): Promise<AuthenticationOptionsResponse> {
  return apiRequest(webauthnPaths.reauthOptions, {
    method: 'POST',
    body: {},
    schema: authenticationOptionsResponseSchema,
  });
}

/** Saves the key the browser created, once the server verified it: one more factor. */
export function useRegisterKey() {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: (credential: RegistrationCredential) =>
      apiRequest(webauthnPaths.register, {
        method: 'POST',
        body: registerKeyRequestSchema.parse({ credential }),
        schema: registerKeyResponseSchema,
      }),
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      return queryClient.invalidateQueries({ queryKey: mfaQueryKeys.factors() });
    },
  });
}
