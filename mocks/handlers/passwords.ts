import { HttpResponse, http } from 'msw';
import {
  changePasswordSchema,
  checkPasswordResetSchema,
  passwordPaths,
  requestPasswordResetSchema,
  resetPasswordSchema,
} from '#src/api/passwords';
import { changePassword } from '../db/change-password';
import { transact } from '../db/db';
import { clientAddress } from '../db/password-throttle';
import { checkPasswordReset, requestPasswordReset, resetPassword } from '../db/password-reset';
import { clientOf } from './client';
import { parseBody } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

const noContent = () => new HttpResponse(null, { status: 204 });
// Only a request from the page's own worker has `location`; it has no trusted address.
const addressOf = (request: Request) =>
  clientAddress(request.headers, typeof location !== 'undefined');

export const passwordHandlers = [
  // 204 whether or not the email has an account: the token never leaves the store but by mail.
  http.post(
    apiRoute(passwordPaths.requestReset),
    handler(async ({ request }) => {
      const body = await parseBody(request, requestPasswordResetSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { email } = body.value;
      const result = await transact((store) =>
        requestPasswordReset(store, email, addressOf(request)),
      );
      return result.ok ? noContent() : errorResponse(result.failure);
    }),
  ),

  http.post(
    apiRoute(passwordPaths.checkReset),
    handler(async ({ request }) => {
      const body = await parseBody(request, checkPasswordResetSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { token } = body.value;
      const result = await transact((store) => checkPasswordReset(store, token));
      return result.ok ? HttpResponse.json(result.value) : errorResponse(result.failure);
    }),
  ),

  // Never a Set-Cookie: a reset ends sessions, it does not start one.
  http.post(
    apiRoute(passwordPaths.reset),
    handler(async ({ request }) => {
      const body = await parseBody(request, resetPasswordSchema);
      if (!body.ok) return errorResponse(body.failure);
      const { token, password } = body.value;
      const result = await transact((store) =>
        resetPassword(store, token, password, clientOf(request)),
      );
      return result.ok ? noContent() : errorResponse(result.failure);
    }),
  ),

  http.post(
    apiRoute(passwordPaths.change),
    handler(async ({ request, cookies }) => {
      const body = await parseBody(request, changePasswordSchema);
      // The session is checked first: without one, 401 whatever the body says (SEC-4).
      const result = await withSession(cookies, (store, user, session) =>
        body.ok
          ? changePassword(store, user, session, body.value, addressOf(request), clientOf(request))
          : body,
      );
      return result.ok ? noContent() : errorResponse(result.failure);
    }),
  ),
];
