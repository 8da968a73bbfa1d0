import { HttpResponse, http } from 'msw';
import { apiPaths } from '#src/api/auth';
import type { ErrorCode } from '#src/api/errors';
import type { MeResponse, SessionResponse } from '#src/api/user';
import { userView } from '../db/accounts';
import { transact } from '../db/db';
import { ok } from '../db/result';
import { authenticate } from '../db/sessions';
import { apiRoute, clearedSessionCookie, errorResponse, handler, SESSION_COOKIE } from './respond';
import { withSession } from './with-session';

const endedReasons: Partial<Record<ErrorCode, SessionResponse['ended']>> = {
  session_expired: 'expired',
  session_revoked: 'revoked',
};

export const meHandlers = [
  // The SPA asks this on every load: no session is an answer, not an error (no 401 in the
  // console). A session that has just expired is ended and its cookie dropped, as /api/me does.
  http.get(
    apiRoute(apiPaths.session),
    handler(async ({ cookies }) => {
      const auth = await transact((store) => authenticate(store, cookies[SESSION_COOKIE]));
      if (auth.ok) return HttpResponse.json<SessionResponse>({ user: userView(auth.value) });
      // A session ended from another device says so, and the tab can tell its person why.
      const ended = endedReasons[auth.failure.code];
      const headers: HeadersInit = ended ? { 'Set-Cookie': clearedSessionCookie } : {};
      return HttpResponse.json<SessionResponse>({ user: null, ended }, { headers });
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
