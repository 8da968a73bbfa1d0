import { HttpResponse, http } from 'msw';
import {
  addAppFactorRequestSchema,
  factorPaths,
  renameFactorRequestSchema,
  type AddAppFactorResponse,
  type FactorListResponse,
  type FactorResponse,
  type RemoveFactorResponse,
  type SudoResponse,
} from '#src/api/factors';
import { reauthRequestSchema } from '#src/api/mfa';
import { signOutOtherSessionsQuerySchema } from '#src/api/sessions';
import { addAppFactor } from '../db/enrollment';
import { listFactors, renameFactor } from '../db/factors';
import { ok } from '../db/result';
import { removeFactor, startSudo } from '../db/sudo';
import { clientOf } from './client';
import { parseBody, parseQuery } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

// Bodies are read first but judged after the session check, so no session always means 401.
export const factorHandlers = [
  http.get(
    apiRoute(factorPaths.factors),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user) => ok(listFactors(user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<FactorListResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(factorPaths.factors),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, addAppFactorRequestSchema);
      const result = await withSession(cookies, (store, user, session) =>
        body.ok ? addAppFactor(store, user, session, body.value.code, clientOf(request)) : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<AddAppFactorResponse>(result.value, { status: 201 });
    }),
  ),

  http.patch(
    apiRoute(factorPaths.factor),
    handler(async ({ request, cookies, params }) => {
      const body = await parseBody(request, renameFactorRequestSchema);
      const result = await withSession(cookies, (store, user) =>
        body.ok
          ? renameFactor(store, user, String(params.id), body.value.name, clientOf(request))
          : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<FactorResponse>({ factor: result.value });
    }),
  ),

  http.delete(
    apiRoute(factorPaths.factor),
    handler(async ({ request, cookies, params }) => {
      const query = parseQuery(request, signOutOtherSessionsQuerySchema);
      const result = await withSession(cookies, (store, user, session) =>
        query.ok
          ? removeFactor(
              store,
              user,
              session,
              String(params.id),
              clientOf(request),
              query.value.signOutOtherSessions,
            )
          : query,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RemoveFactorResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(factorPaths.sudo),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, reauthRequestSchema);
      const result = await withSession(cookies, (store, user, session) =>
        body.ok ? startSudo(store, user, session, body.value, clientOf(request)) : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SudoResponse>(result.value);
    }),
  ),
];
