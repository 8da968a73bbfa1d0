import { HttpResponse, http } from 'msw';
import {
  activityPaths,
  activityQuerySchema,
  type ActivityExport,
  type ActivityPage,
} from '#src/api/activity';
import { activityCsv, exportActivity, listActivity } from '../db/activity';
import { ok } from '../db/result';
import { parseQuery } from './parse-body';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

export const activityHandlers = [
  http.get(
    apiRoute(activityPaths.activity),
    handler(async ({ request, cookies }) => {
      const query = parseQuery(request, activityQuerySchema);
      const result = await withSession(cookies, (store, user) =>
        query.ok ? listActivity(store, user, query.value) : query,
      );
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<ActivityPage>(result.value);
    }),
  ),

  http.get(
    apiRoute(activityPaths.exportJson),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (store, user) => ok(exportActivity(store, user)));
      if (!result.ok) return errorResponse(result.failure);
      return HttpResponse.json<ActivityExport>(result.value, {
        headers: { 'Content-Disposition': attachment('security-activity.json') },
      });
    }),
  ),

  http.get(
    apiRoute(activityPaths.exportCsv),
    handler(async ({ cookies }) => {
      const result = await withSession(cookies, (store, user) => ok(exportActivity(store, user)));
      if (!result.ok) return errorResponse(result.failure);
      return new HttpResponse(activityCsv(result.value.events), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachment('security-activity.csv'),
        },
      });
    }),
  ),
];
