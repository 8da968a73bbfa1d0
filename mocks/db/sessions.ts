import { now } from './clock';
import { randomId } from './crypto';
import type { Client } from './device';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import { findUserById } from './accounts';

/**
 * SEC-13: sessions end after 30 idle minutes or 12 hours in all, NIST SP 800-63B §4.2.3's
 * limits for AAL2 (a password and a second factor): short enough that a device left signed in
 * is not an open door for long, long enough for a working day without signing in again.
 */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/**
 * "Last active" moves at most once a minute: a list needs no finer grain, and a real backend
 * keeps the exact idle timer (`lastSeenAt`) in a fast cache but writes this to its database.
 */
const LAST_ACTIVE_GRAIN_MS = 60 * 1000;

export function endSession(store: Store, sessionId: string | undefined): void {
  store.sessions = store.sessions.filter((session) => session.id !== sessionId);
}

/**
 * Ends a session from another session of its account: its id is remembered until it would
 * have expired anyway, so its browser learns why (`session_revoked`) on its next request.
 */
export function revokeSession(store: Store, session: SessionRecord): void {
  const at = now();
  endSession(store, session.id);
  store.endedSessions = [
    ...store.endedSessions.filter((ended) => ended.forgetAt > at),
    {
      id: session.id,
      userId: session.userId,
      endedAt: at,
      forgetAt: session.createdAt + SESSION_ABSOLUTE_MS,
    },
  ];
}

/**
 * A new id every time the second factor succeeds (SEC-11): an id planted before sign-in never
 * becomes a signed-in session, and the browser's previous session ends.
 */
export function createSession(
  store: Store,
  userId: string,
  client: Client,
  previousId?: string,
): SessionRecord {
  endSession(store, previousId);
  const at = now();
  const session: SessionRecord = {
    id: randomId('ses_'),
    userId,
    createdAt: at,
    lastSeenAt: at,
    sudoUntil: null,
    handle: randomId('sh_'),
    address: client.address,
    userAgent: client.userAgent,
    lastActiveAt: at,
  };
  store.sessions.push(session);
  return session;
}

/** When the session ends if it makes no further request: the earlier of its two limits. */
export function sessionExpiresAt(session: SessionRecord): number {
  return Math.min(session.lastSeenAt + SESSION_IDLE_MS, session.createdAt + SESSION_ABSOLUTE_MS);
}

export function isExpired(session: SessionRecord, at: number): boolean {
  return at > sessionExpiresAt(session);
}

/** The signed-in account for a session id; every successful look-up counts as activity. */
export function authenticate(store: Store, sessionId: string | undefined): Result<UserRecord> {
  const session = store.sessions.find((candidate) => candidate.id === sessionId);
  const at = now();
  if (!sessionId || !session) {
    const ended = store.endedSessions.find((record) => record.id === sessionId);
    return ended && ended.forgetAt > at ? fail('session_revoked') : fail('unauthenticated');
  }
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
  if (at - (session.lastActiveAt ?? 0) >= LAST_ACTIVE_GRAIN_MS) session.lastActiveAt = at;
  return ok(user);
}
