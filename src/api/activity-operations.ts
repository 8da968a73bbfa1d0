import {
  activityExportSchema,
  activityPageSchema,
  activityPaths,
  activityQuerySchema,
} from './activity';
import { sessionErrors, type Operation } from './operation';

/** The security activity log: one page at a time, and the whole kept log as a download. */
export const activityOperations = (): readonly Operation[] => [
  {
    id: 'listActivity',
    method: 'get',
    path: activityPaths.activity,
    tag: 'activity',
    summary: "One page of the account's security activity, newest first",
    description:
      "Events of the last 90 days, newest first (events of one millisecond: the later written first). `group` filters by kind group (`sign_ins`, `second_factors`, `sessions`); `limit` is 1–100 (20 if absent); `cursor` is the previous page's `nextCursor`, opaque, and names the last event shown (its time and write order), so events written while paging never make a page repeat or skip one. Only the signed-in account's events; never a code, key or session id.",
    query: activityQuerySchema,
    success: { status: 200, schema: activityPageSchema },
    errors: [...sessionErrors, 'invalid_request'],
    session: 'required',
  },
  {
    id: 'exportActivityJson',
    method: 'get',
    path: activityPaths.exportJson,
    tag: 'activity',
    summary: 'Every kept event, as a JSON download',
    description:
      'The same events as the list, all of them (90 days), newest first, with `Content-Disposition: attachment`.',
    success: { status: 200, schema: activityExportSchema },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'exportActivityCsv',
    method: 'get',
    path: activityPaths.exportCsv,
    tag: 'activity',
    summary: 'Every kept event, as a CSV download',
    description:
      "RFC 4180 CSV, UTF-8, a header row then one row per event, newest first. Columns: `id`, `kind`, `at` (ISO 8601 UTC), `browser`, `os`, `device` (desktop, phone, tablet), `address`, `location`, `factor_type`, `factor_name`, `factor_number`, `new_device` (true/false). A cell that would start with `=`, `+`, `-`, `@`, tab or carriage return is prefixed with `'` so spreadsheets never run it as a formula.",
    success: { status: 200, mediaType: 'text/csv' },
    errors: [...sessionErrors],
    session: 'required',
  },
];
