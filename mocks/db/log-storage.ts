import { securityLogSchema, type SecurityEventRecord } from './schema';
import type { World } from './storage';

/**
 * The security log lives under its own key, apart from the rest of the store: it is by far the
 * largest part (10,000 events are about 3 MB of JSON), and most transactions never touch it, so
 * they neither parse nor rewrite it. Stores saved before the split held it inside the store's
 * own key; db.ts moves it here on their first write.
 */
export const LOG_KEY = 'zen-console-mock:security-log';

export type LogRead =
  | { status: 'absent' }
  | { status: 'unreadable' }
  | { status: 'read'; events: readonly SecurityEventRecord[] };

/**
 * The stored log, parsed and checked again only when its text differs from the text this world
 * last parsed or wrote. Parsing is a pure function of the text, so equal text means an equal log:
 * another tab's or process's write, or a test's, changes the text and is always seen (the page's
 * localStorage hands back a new string each time; comparing it costs one pass over memory, no
 * parse). The events are frozen: a transaction gets a copy of the array, never a record it can
 * change in place behind the cache's back.
 */
export function readLog(world: World): LogRead {
  const text = world.storage.read(LOG_KEY);
  if (text === null) return { status: 'absent' };
  if (world.log?.text === text) return { status: 'read', events: world.log.events };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'unreadable' };
  }
  const parsed = securityLogSchema.safeParse(json);
  if (!parsed.success) return { status: 'unreadable' };
  const events = Object.freeze(parsed.data.map(freezeEvent));
  world.log = { text, events };
  return { status: 'read', events };
}

function freezeEvent(event: SecurityEventRecord): SecurityEventRecord {
  if (event.factor) Object.freeze(event.factor);
  return Object.freeze(event);
}

export type LogWrite = { text: string; events: readonly SecurityEventRecord[] };

/**
 * What a transaction must write of the log: nothing while it holds exactly the records it was
 * read with (no event added or pruned), else the new text. New records go through the schema,
 * as a fresh read would put them, so the cached log is always what parsing its text gives; one
 * the schema refuses throws before anything is written.
 */
export function logWrite(
  events: readonly SecurityEventRecord[],
  read: readonly SecurityEventRecord[] | null,
): LogWrite | null {
  if (read && events.length === read.length && events.every((event, i) => event === read[i]))
    return null;
  const known = new Set(read);
  const next = Object.freeze(
    events.map((event) =>
      known.has(event)
        ? event
        : freezeEvent(securityLogSchema.element.parse(JSON.parse(JSON.stringify(event)))),
    ),
  );
  return { text: JSON.stringify(next), events: next };
}
