import { HttpResponse, http } from 'msw';
import {
  applyScenarioRequestSchema,
  scenarioPath,
  type AppliedScenario,
} from '#src/api/mock-scenarios';
import { applyScenario } from '../scenarios/apply';
import { parseBody } from './parse-body';
import { apiRoute, clearedSessionCookie, errorResponse, handler, sessionCookie } from './respond';

/** Mock control: start a named scenario; the browser's session becomes the scenario's. */
export const scenarioHandlers = [
  http.post(
    apiRoute(scenarioPath),
    handler(async ({ request }) => {
      const body = await parseBody(request, applyScenarioRequestSchema);
      if (!body.ok) return errorResponse(body.failure);
      const result = await applyScenario(body.value.name);
      if (!result.ok) return errorResponse(result.failure);
      const { applied, sessionId } = result.value;
      return HttpResponse.json<AppliedScenario>(applied, {
        headers: {
          'Set-Cookie': sessionId ? sessionCookie(sessionId) : clearedSessionCookie,
        },
      });
    }),
  ),
];
