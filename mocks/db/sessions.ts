import { now } from './clock';
import { randomId } from './crypto';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import { findUserById } from './accounts';

/** SEC-13: sessions end after 30 idle minutes or 12 hours in all. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export function endSession(store: Store, sessionId: string | undefined): void {
  store.sessions = store.sessions.filter((session) => session.id !== sessionId);
}

/**
 * A new id every time the second factor succeeds (SEC-11): an id planted before sign-in never
 * becomes a signed-in session, and the browser's previous session ends.
 */
export function createSession(store: Store, userId: string, previousId?: string): SessionRecord {
  endSession(store, previousId);
  const at = now();
  const session = { id: randomId('ses_'), userId, createdAt: at, lastSeenAt: at, sudoUntil: null };
  store.sessions.push(session);
  return session;
}

function isExpired(session: SessionRecord, at: number): boolean {
  return at - session.lastSeenAt > SESSION_IDLE_MS || at - session.createdAt > SESSION_ABSOLUTE_MS;
}

/** The signed-in account for a session id; every successful look-up counts as activity. */
export function authenticate(store: Store, sessionId: string | undefined): Result<UserRecord> {
  const session = store.sessions.find((candidate) => candidate.id === sessionId);
  if (!sessionId || !session) return fail('unauthenticated');
  const at = now();
  if (isExpired(session, at)) {
    endSession(store, session.id);
    return fail('session_expired');
  }
  const user = findUserById(store, session.userId);
  if (!user) {
    endSession(store, session.id);
    return fail('unauthenticated');
  }
  session.lastSeenAt = at;
  return ok(user);
}
