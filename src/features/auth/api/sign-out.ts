import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest, noContentSchema } from '#src/api/client';
import { isSessionError, sessionKeys, setSessionUser } from '#src/api/session';
import { authKeys } from './auth-keys';

export async function signOut(): Promise<void> {
  try {
    await apiRequest(apiPaths.signOut, { method: 'POST', schema: noContentSchema });
  } catch (error) {
    // A session that already ended is as signed out as it gets.
    if (!isSessionError(error)) throw error;
  }
}

/**
 * Clears the session and everything cached for the account; the console's guard then takes
 * the person to /sign-in.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...authKeys.all, 'sign-out'],
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData(authKeys.signedOut(), true);
      queryClient.removeQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] !== sessionKeys.all[0] && queryKey[0] !== authKeys.all[0],
      });
      setSessionUser(queryClient, null);
    },
  });
}
