import { apiPaths } from './auth';
import { apiRequest } from './client';
import { sessionResponseSchema, type User } from './user';

/**
 * Loaded with the first request, so the contract (zod) stays out of the sign-in entry. A
 * session ended from another device is noted for the console's guard, which says so.
 */
export async function fetchSession(
  signal: AbortSignal | undefined,
  onRevoked: () => void,
): Promise<User | null> {
  const { user, ended } = await apiRequest(apiPaths.session, {
    schema: sessionResponseSchema,
    signal,
  });
  if (ended === 'revoked') onRevoked();
  return user;
}
