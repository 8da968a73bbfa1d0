import { HttpResponse, http } from 'msw';
import {
  accountRecoveryPaths,
  confirmRecoveryRequestSchema,
  requestRecoveryRequestSchema,
  type RecoveryStatusResponse,
  type RequestRecoveryResponse,
} from '#src/api/account-recovery';
import {
  cancelRecovery,
  confirmRecovery,
  recoveryStatus,
  requestRecovery,
} from '../db/account-recovery';
import { transact } from '../db/db';
import { ok } from '../db/result';
import { parseBody } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';
import { clientOf } from './client';

export const accountRecoveryHandlers = [
  http.post(
    apiRoute(accountRecoveryPaths.request),
    handler(async ({ request }) => {
      const body = await parseBody(request, requestRecoveryRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { challengeId } = body.value;
      const result = await transact((store) => requestRecovery(store, challengeId));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RequestRecoveryResponse>(
        { recovery: result.value },
        { status: 201 },
      );
    }),
  ),

  http.post(
    apiRoute(accountRecoveryPaths.confirm),
    handler(async ({ request }) => {
      const body = await parseBody(request, confirmRecoveryRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { recoveryId, code } = body.value;
      const result = await transact((store) =>
        confirmRecovery(store, recoveryId, code, clientOf(request)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RecoveryStatusResponse>({ recovery: result.value });
    }),
  ),

  http.get(
    apiRoute(accountRecoveryPaths.status),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (store, user) => ok(recoveryStatus(store, user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RecoveryStatusResponse>({ recovery: result.value });
    }),
  ),

  http.post(
    apiRoute(accountRecoveryPaths.cancel),
    handler(async ({ cookies, request }) => {
      const result = await withSession(cookies, (store, user) =>
        cancelRecovery(store, user, clientOf(request)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RecoveryStatusResponse>({ recovery: null });
    }),
  ),
];
