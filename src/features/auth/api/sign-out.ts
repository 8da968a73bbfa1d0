import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest, noContentSchema } from '#src/api/client';
import { isSessionError, sessionQueryKeys, setSessionUser } from '#src/api/session';
import { authQueryKeys } from './query-keys';

async function signOut(): Promise<void> {
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
    mutationKey: [...authQueryKeys.all, 'sign-out'],
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData(authQueryKeys.signedOut(), true);
      queryClient.removeQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] !== sessionQueryKeys.all[0] && queryKey[0] !== authQueryKeys.all[0],
      });
      setSessionUser(queryClient, null);
    },
  });
}
