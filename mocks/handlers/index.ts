import { http } from 'msw';
import { activityHandlers } from './activity';
import { accountRecoveryHandlers } from './account-recovery';
import { authHandlers } from './auth';
import { factorHandlers } from './factors';
import { meHandlers } from './me';
import { mfaHandlers } from './mfa';
import { mockControlHandlers } from './mock-control';
import { passwordHandlers } from './passwords';
import { scenarioHandlers } from './scenarios';
import { sessionHandlers } from './sessions';
import { webauthnHandlers } from './webauthn';
import { unroutedFailure } from './http-rules';
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
  ...sessionHandlers,
  ...activityHandlers,
  ...accountRecoveryHandlers,
  ...passwordHandlers,
  // Any other API path gets the contract's 404 rather than the dev server's index.html (after
  // the body rules: 413 and 415 come first, as on a server that reads the headers).
  http.all(
    apiRoute('/api/*'),
    handler(async ({ request }) => errorResponse(await unroutedFailure(request))),
  ),
];
