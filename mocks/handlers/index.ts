import { http } from 'msw';
import { authHandlers } from './auth';
import { factorHandlers } from './factors';
import { meHandlers } from './me';
import { mfaHandlers } from './mfa';
import { mockControlHandlers } from './mock-control';
import { passwordHandlers } from './passwords';
import { scenarioHandlers } from './scenarios';
import { webauthnHandlers } from './webauthn';
import { apiRoute, errorResponse, handler } from './respond';

/** One handler set for the browser worker, Vitest and Playwright runs. */
export const handlers = [
  ...authHandlers,
  ...meHandlers,
  ...mfaHandlers,
  ...factorHandlers,
  ...webauthnHandlers,
  ...mockControlHandlers,
  ...scenarioHandlers,
  ...passwordHandlers,
  // Any other API path gets the contract's 404 rather than the dev server's index.html.
  http.all(
    apiRoute('/api/*'),
    handler(async () => errorResponse({ code: 'not_found' })),
  ),
];
