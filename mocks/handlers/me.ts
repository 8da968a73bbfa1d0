import { HttpResponse, http } from 'msw';
import { apiPaths } from '#src/api/auth';
import type { MeResponse, SessionResponse } from '#src/api/user';
import { userView } from '../db/accounts';
import { transact } from '../db/db';
import { ok } from '../db/result';
import { authenticate } from '../db/sessions';
import { apiRoute, clearedSessionCookie, errorResponse, handler, SESSION_COOKIE } from './respond';
import { withSession } from './with-session';

export const meHandlers = [
  // The SPA asks this on every load: no session is an answer, not an error (no 401 in the
  // console). A session that has just expired is ended and its cookie dropped, as /api/me does.
  http.get(
    apiRoute(apiPaths.session),
    handler(async ({ cookies }) => {
      const auth = await transact((store) => authenticate(store, cookies[SESSION_COOKIE]));
      if (auth.ok) return HttpResponse.json<SessionResponse>({ user: userView(auth.value) });
      const headers: HeadersInit =
        auth.failure.code === 'session_expired' ? { 'Set-Cookie': clearedSessionCookie } : {};
      return HttpResponse.json<SessionResponse>({ user: null }, { headers });
    }),
  ),
  // The signed-in account as a protected resource: 401 without a session, like every other
  // endpoint that needs one (SEC-4).
  http.get(
    apiRoute(apiPaths.me),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user) => ok(userView(user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<MeResponse>({ user: result.value });
    }),
  ),
];
