import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { apiPaths } from './auth';
import { apiRequest } from './client';
import { isApiError } from './errors';
import { meResponseSchema, type User } from './user';

/**
 * The session is a query shared by every feature: `null` means signed out. Features update it
 * through these helpers only, so there is one key and one shape.
 */
export const sessionKeys = {
  all: ['session'] as const,
  me: () => [...sessionKeys.all, 'me'] as const,
};

export function meQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.me(),
    queryFn: async ({ signal }): Promise<User | null> => {
      try {
        const { user } = await apiRequest(apiPaths.me, { schema: meResponseSchema, signal });
        return user;
      } catch (error) {
        if (isApiError(error, 'unauthenticated') || isApiError(error, 'session_expired'))
          return null;
        throw error;
      }
    },
    staleTime: 30_000,
  });
}

export function setSessionUser(queryClient: QueryClient, user: User | null): void {
  queryClient.setQueryData(sessionKeys.me(), user);
}

export function updateSessionUser(queryClient: QueryClient, update: (user: User) => User): void {
  queryClient.setQueryData<User | null>(sessionKeys.me(), (user) => (user ? update(user) : user));
}

/** True for the errors that mean "you are no longer signed in". */
export function isSessionError(error: unknown): boolean {
  return isApiError(error, 'unauthenticated') || isApiError(error, 'session_expired');
}
