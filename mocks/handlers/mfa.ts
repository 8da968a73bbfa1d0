import { HttpResponse, http } from 'msw';
import { apiPaths } from '#src/api/auth';
import {
  confirmEnrollmentRequestSchema,
  reauthAndSignOutRequestSchema,
  type ConfirmEnrollmentResponse,
  type DisableMfaResponse,
  type EnrollmentResponse,
  type RegenerateRecoveryCodesResponse,
} from '#src/api/mfa';
import {
  cancelEnrollment,
  confirmEnrollment,
  pendingEnrollment,
  startEnrollment,
} from '../db/enrollment';
import { disableMfa, regenerateRecoveryCodes } from '../db/reauth';
import { ok } from '../db/result';
import { clientOf } from './client';
import { parseBody } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

// Bodies are read first but judged after the session check, so no session always means 401.
export const mfaHandlers = [
  http.post(
    apiRoute(apiPaths.enrollment),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user, session) =>
        startEnrollment(user, session),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<EnrollmentResponse>({ enrollment: result.value });
    }),
  ),

  http.get(
    apiRoute(apiPaths.enrollment),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user) => pendingEnrollment(user));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<EnrollmentResponse>({ enrollment: result.value });
    }),
  ),

  http.delete(
    apiRoute(apiPaths.enrollment),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (_store, user) => ok(cancelEnrollment(user)));
      if (!result.ok) return errorResponse(result.failure);
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  http.post(
    apiRoute(apiPaths.confirmEnrollment),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, confirmEnrollmentRequestSchema);
      const result = await withSession(cookies, (store, user) =>
        body.ok ? confirmEnrollment(store, user, body.value.code, clientOf(request)) : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<ConfirmEnrollmentResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(apiPaths.disableMfa),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, reauthAndSignOutRequestSchema);
      const result = await withSession(cookies, (store, user, session) =>
        body.ok ? disableMfa(store, user, session, body.value, clientOf(request)) : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<DisableMfaResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(apiPaths.regenerateRecoveryCodes),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, reauthAndSignOutRequestSchema);
      const result = await withSession(cookies, (store, user, session) =>
        body.ok
          ? regenerateRecoveryCodes(store, user, session, body.value, clientOf(request))
          : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RegenerateRecoveryCodesResponse>(result.value);
    }),
  ),
];
