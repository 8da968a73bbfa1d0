import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { maySessionExist, rememberSession } from './session-hint';
import type { User } from './user';

/**
 * The session is a query shared by every feature: `null` means signed out. Features update it
 * through these helpers only, so there is one key and one shape.
 */
export const sessionQueryKeys = {
  all: ['session'] as const,
  me: () => [...sessionQueryKeys.all, 'me'] as const,
  /** `true` once the server said another session of the account signed this one out. */
  revoked: () => [...sessionQueryKeys.all, 'revoked'] as const,
};

/** The request and the contract load on first use: nothing here may import zod. */
export const loadSessionRequest = () => import('./session-request');

/**
 * Without a hint that this browser signed in, the answer is "nobody" from the start: no
 * request, no wait for the backend. Otherwise the server is asked (GET /api/session).
 */
export function meQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKeys.me(),
    queryFn: async ({ signal, client }): Promise<User | null> => {
      const { fetchSession } = await loadSessionRequest();
      const user = await fetchSession(signal, () =>
        client.setQueryData(sessionQueryKeys.revoked(), true),
      );
      rememberSession(user !== null);
      return user;
    },
    initialData: () => (maySessionExist() ? undefined : null),
    staleTime: 30_000,
  });
}

export function setSessionUser(queryClient: QueryClient, user: User | null): void {
  rememberSession(user !== null);
  if (user) queryClient.removeQueries({ queryKey: sessionQueryKeys.revoked() });
  queryClient.setQueryData(sessionQueryKeys.me(), user);
}

export function updateSessionUser(queryClient: QueryClient, update: (user: User) => User): void {
  queryClient.setQueryData<User | null>(sessionQueryKeys.me(), (user) =>
    user ? update(user) : user,
  );
}

/** True for the errors that mean "you are no longer signed in". */
export function isSessionError(error: unknown): boolean {
  return (
    isApiError(error, 'unauthenticated') ||
    isApiError(error, 'session_expired') ||
    isApiError(error, 'session_revoked')
  );
}

/** The session was signed out from another device (`session_revoked`), not idle or signed out. */
export function wasSessionRevoked(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<boolean>(sessionQueryKeys.revoked()) === true;
}
