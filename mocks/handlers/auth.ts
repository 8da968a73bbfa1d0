import { HttpResponse, http } from 'msw';
import {
  apiPaths,
  resendCodeRequestSchema,
  signInRequestSchema,
  verifyChallengeRequestSchema,
  type SignInResponse,
  type VerifyChallengeResponse,
} from '#src/api/auth';
import { resendCode } from '../db/challenges';
import { transact } from '../db/db';
import { clientAddress } from '../db/password-throttle';
import { endSession } from '../db/sessions';
import { signIn, verifyChallenge } from '../db/sign-in';
import { clientOf } from './client';
import { parseBody } from './parse-body';
import {
  SESSION_COOKIE,
  apiRoute,
  clearedSessionCookie,
  errorResponse,
  handler,
  sessionCookie,
} from './respond';

export const authHandlers = [
  http.post(
    apiRoute(apiPaths.signIn),
    handler(async ({ request }) => {
      const body = await parseBody(request, signInRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { email, password } = body.value;
      // Only a request from the page's own worker has `location`; it has no trusted address.
      const address = clientAddress(request.headers, typeof location !== 'undefined');
      const result = await transact((store) =>
        signIn(store, email, password, address, clientOf(request)),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SignInResponse>({ challenge: result.value });
    }),
  ),

  http.post(
    apiRoute(apiPaths.verifyChallenge),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, verifyChallengeRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const input = body.value;
      const client = clientOf(request);
      const result = await transact((store) =>
        verifyChallenge(store, input, client, cookies[SESSION_COOKIE]),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<VerifyChallengeResponse>(
        { user: result.value.user },
        { headers: { 'Set-Cookie': sessionCookie(result.value.sessionId) } },
      );
    }),
  ),

  http.post(
    apiRoute(apiPaths.resendCode),
    handler(async ({ request }) => {
      const body = await parseBody(request, resendCodeRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { challengeId } = body.value;
      const result = await transact((store) => resendCode(store, challengeId));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<SignInResponse>({ challenge: result.value });
    }),
  ),

  // Signing out always succeeds: the goal (no session) holds either way.
  http.post(
    apiRoute(apiPaths.signOut),
    handler(async ({ cookies }) => {
      await transact((store) => endSession(store, cookies[SESSION_COOKIE]));
      return new HttpResponse(null, {
        status: 204,
        headers: { 'Set-Cookie': clearedSessionCookie },
      });
    }),
  ),
];
