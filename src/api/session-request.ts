import { apiPaths } from './auth';
import { apiRequest } from './client';
import { sessionResponseSchema, type SessionResponse } from './user';

/** Loaded with the first request, so the contract (zod) stays out of the sign-in entry. */
export function fetchSession(signal?: AbortSignal): Promise<SessionResponse> {
  return apiRequest(apiPaths.session, { schema: sessionResponseSchema, signal });
}
