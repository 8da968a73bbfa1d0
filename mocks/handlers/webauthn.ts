import { HttpResponse, http } from 'msw';
import {
  registerKeyRequestSchema,
  signInOptionsRequestSchema,
  webauthnPaths,
  type AuthenticationOptionsResponse,
  type RegisterKeyResponse,
  type RegistrationOptionsResponse,
} from '#src/api/webauthn';
import { transact } from '../db/db';
import {
  addKeyFactor,
  keyRegistrationOptions,
  keyReauthOptions,
  keySignInOptions,
} from '../db/key-factors';
import { relyingPartyOf } from '../db/webauthn-challenges';
import { clientOf } from './client';
import { parseBody } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

// The relying party is whatever host and origin the request came to: the page's own.
export const webauthnHandlers = [
  http.post(
    apiRoute(webauthnPaths.registrationOptions),
    handler(async ({ request, cookies }) => {
      const rp = relyingPartyOf(request.url);
      const result = await withSession(cookies, (store, user, session) =>
        keyRegistrationOptions(store, user, session, rp),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RegistrationOptionsResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(webauthnPaths.register),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, registerKeyRequestSchema);
      const result = await withSession(cookies, (store, user, session) =>
        body.ok
          ? addKeyFactor(store, user, session, body.value.credential, clientOf(request))
          : body,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<RegisterKeyResponse>(result.value, { status: 201 });
    }),
  ),

  http.post(
    apiRoute(webauthnPaths.signInOptions),
    handler(async ({ request }) => {
      const body = await parseBody(request, signInOptionsRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { challengeId } = body.value;
      const rp = relyingPartyOf(request.url);
      const result = await transact((store) => keySignInOptions(store, challengeId, rp));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<AuthenticationOptionsResponse>(result.value);
    }),
  ),

  http.post(
    apiRoute(webauthnPaths.reauthOptions),
    handler(async ({ request, cookies }) => {
      const rp = relyingPartyOf(request.url);
      const result = await withSession(cookies, (store, user, session) =>
        keyReauthOptions(store, user, session, rp),
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<AuthenticationOptionsResponse>(result.value);
    }),
  ),
];
