import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import {
  activityPaths,
  activityQuerySchema,
  type ActivityExport,
  type ActivityPage,
} from '#src/api/activity';
import { activityCsv, exportActivity, listActivity } from '../db/activity';
import { fail, ok } from '../db/result';
import { apiRoute, errorResponse, handler } from './respond';
import { withSession } from './with-session';

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

export const activityHandlers = [
  http.get(
    apiRoute(activityPaths.activity),
    handler(async ({ request, cookies }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const query = z.safeParse(activityQuerySchema, params);
      const result = await withSession(cookies, (store, user) =>
        query.success
          ? listActivity(store, user, query.data)
          : fail('invalid_request', {
              fields: query.error.issues.map((issue) => issue.path.map(String).join('.')),
            }),
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
