import {
  ACTIVITY_PAGE_DEFAULT,
  activityCsvColumns,
  activityGroupOf,
  type ActivityExport,
  type ActivityPage,
  type ActivityQuery,
  type SecurityEvent,
} from '#src/api/activity';
import { now, toIso } from './clock';
import { describeDevice, locateAddress, type Device } from './device';
import { fail, ok, type Result } from './result';
import { RETENTION_MS } from './security-log';
import type { SecurityEventRecord, Store, UserRecord } from './schema';

type Position = { at: number; seq: number };

/**
 * The cursor names the last event a page showed, (at, seq): the next page starts strictly after
 * it in (at, seq) order, so events written meanwhile (always newer) never shift what follows,
 * and no page repeats or skips one. Opaque to clients: base64url of JSON.
 */
function encodeCursor(event: Position): string {
  return btoa(JSON.stringify([event.at, event.seq]))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function decodeCursor(cursor: string): Position | null {
  try {
    const json: unknown = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    if (!Array.isArray(json) || json.length !== 2) return null;
    const [at, seq] = json as unknown[];
    return Number.isSafeInteger(at) && Number.isSafeInteger(seq)
      ? { at: at as number, seq: seq as number }
      : null;
  } catch {
    return null;
  }
}

/** Newest first; events of one millisecond the last written first, so the order is total. */
function newerFirst(a: Position, b: Position): number {
  return b.at - a.at || b.seq - a.seq;
}

/** Whether `event` comes after `cursor` in the log's order: older, or as old and written before. */
function after(event: Position, cursor: Position): boolean {
  return newerFirst(cursor, event) < 0;
}

/** The account's kept events, newest first. */
function accountEvents(store: Store, user: UserRecord): SecurityEventRecord[] {
  const oldest = now() - RETENTION_MS;
  return store.securityEvents
    .filter((event) => event.userId === user.id && event.at >= oldest)
    .sort(newerFirst);
}

export function listActivity(
  store: Store,
  user: UserRecord,
  query: ActivityQuery,
): Result<ActivityPage> {
  const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) return fail('invalid_request', { fields: ['cursor'] });
  const limit = query.limit ?? ACTIVITY_PAGE_DEFAULT;
  const matching = accountEvents(store, user).filter(
    (event) =>
      (!query.group || activityGroupOf[event.kind] === query.group) &&
      (!cursor || after(event, cursor)),
  );
  const page = matching.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = last && matching.length > limit ? encodeCursor(last) : null;
  return ok({ events: page.map(eventView), nextCursor });
}

export function exportActivity(store: Store, user: UserRecord): ActivityExport {
  return { exportedAt: toIso(now()), events: accountEvents(store, user).map(eventView) };
}

// Parsing a user agent is the costly part of a view; a log repeats a handful of them.
const devices = new Map<string, Device>();
function deviceOf(userAgent: string): Device {
  let device = devices.get(userAgent);
  if (!device) {
    if (devices.size > 200) devices.clear();
    device = describeDevice(userAgent);
    devices.set(userAgent, device);
  }
  return device;
}

/** What the API shows of an event: the caller parsed and placed; never its user id. */
function eventView(event: SecurityEventRecord): SecurityEvent {
  return {
    id: event.id,
    kind: event.kind,
    at: toIso(event.at),
    device: deviceOf(event.userAgent),
    address: event.address,
    location: locateAddress(event.address),
    factor: event.factor,
    newDevice: event.newDevice,
  };
}

/**
 * RFC 4180 cells. A cell a spreadsheet would read as a formula (a factor's name is the
 * person's own text) is prefixed with an apostrophe, as OWASP's CSV-injection advice says.
 */
function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function activityCsv(events: readonly SecurityEvent[]): string {
  const rows = events.map((event) =>
    [
      event.id,
      event.kind,
      event.at,
      event.device.browser,
      event.device.os,
      event.device.kind,
      event.address,
      event.location,
      event.factor?.type ?? null,
      event.factor?.name ?? null,
      event.factor?.number ?? null,
      event.newDevice,
    ]
      .map(csvCell)
      .join(','),
  );
  return [activityCsvColumns.join(','), ...rows].join('\r\n') + '\r\n';
}
