import { HttpResponse, http } from 'msw';
import {
  sessionPaths,
  type SessionListResponse,
  type SignOutOthersResponse,
} from '#src/api/sessions';
import { ok } from '../db/result';
import { listSessions, signOutOtherSessions, signOutSession } from '../db/session-list';
import { clientOf } from './client';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

/** "Where you're signed in": each operation acts only on the caller's own account. */
export const sessionHandlers = [
  http.get(
    apiRoute(sessionPaths.sessions),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (store, user, session) =>
        ok(listSessions(store, user, session)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SessionListResponse>(result.value);
    }),
  ),

  // Two segments after /sessions, so no method on it can be read as a session handle's.
  http.post(
    apiRoute(sessionPaths.signOutOthers),
    handler(async ({ cookies, request }) => {
      const result = await withSession(cookies, (store, user, session) =>
        signOutOtherSessions(store, user, session, clientOf(request)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SignOutOthersResponse>(result.value);
    }),
  ),

  http.delete(
    apiRoute(sessionPaths.session),
    handler(async ({ cookies, params, request }) => {
      const result = await withSession(cookies, (store, user, session) =>
        signOutSession(store, user, session, String(params.id), clientOf(request)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
