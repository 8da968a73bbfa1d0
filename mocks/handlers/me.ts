import { HttpResponse, http } from 'msw';
import { apiPaths } from '../../src/api/auth';
import type { MeResponse } from '../../src/api/user';
import { userView } from '../db/accounts';
import { ok } from '../db/result';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

export const meHandlers = [
  http.get(
    apiRoute(apiPaths.me),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user) => ok(userView(user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<MeResponse>({ user: result.value });
    }),
  ),
];
