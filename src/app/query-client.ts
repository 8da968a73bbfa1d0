import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { isSessionError, sessionQueryKeys, setSessionUser } from '../api/session';

/**
 * Only a network failure is worth repeating on its own; a 4xx answer will not change. Any
 * request that finds the session gone clears it, and the console's guard then sends the person
 * to sign in (with a notice and a way back).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'session_revoked'))
      queryClient.setQueryData(sessionQueryKeys.revoked(), true);
    if (isSessionError(error)) setSessionUser(queryClient, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isApiError(error, 'network') && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
