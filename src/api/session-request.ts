import { apiPaths } from './auth';
import { apiRequest } from './client';
import { sessionResponseSchema, type User } from './user';

/** Loaded with the first request, so the contract (zod) stays out of the sign-in entry. */
export async function fetchSession(signal?: AbortSignal): Promise<User | null> {
  const { user } = await apiRequest(apiPaths.session, { schema: sessionResponseSchema, signal });
  return user;
}
