import type { SessionListResponse, SessionView } from '#src/api/sessions';
import { now, toIso } from './clock';
import { describeDevice, locateAddress, type Client } from './device';
import { hasMfa, sudoActive } from './factors';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import { recordSecurityEvent } from './security-log';
import { endSession, isExpired, revokeSession, sessionExpiresAt } from './sessions';

/** The account's sessions that are still alive; expired ones are ended on the way. */
function liveSessions(store: Store, user: UserRecord): SessionRecord[] {
  const at = now();
  for (const session of store.sessions) {
    if (session.userId === user.id && isExpired(session, at)) endSession(store, session.id);
  }
  return store.sessions.filter((session) => session.userId === user.id);
}

const lastActive = (session: SessionRecord) => session.lastActiveAt ?? session.lastSeenAt;

/** What a person recognises a session by; never its id, which is the cookie's secret. */
function sessionView(session: SessionRecord, current: SessionRecord): SessionView {
  return {
    id: session.handle,
    current: session.id === current.id,
    device: describeDevice(session.userAgent),
    address: session.address,
    location: locateAddress(session.address),
    createdAt: toIso(session.createdAt),
    lastActiveAt: toIso(lastActive(session)),
    expiresAt: toIso(sessionExpiresAt(session)),
  };
}

/** This session first, then the others by last activity, newest first. */
export function listSessions(
  store: Store,
  user: UserRecord,
  current: SessionRecord,
): SessionListResponse {
  const others = liveSessions(store, user)
    .filter((session) => session.id !== current.id)
    .sort((a, b) => lastActive(b) - lastActive(a));
  return { sessions: [current, ...others].map((session) => sessionView(session, current)) };
}

/**
 * Sudo mode, as adding a factor needs it: a stolen session must not lock its owner out. An
 * account without MFA has no second factor to re-authenticate with and no sudo mode; like its
 * first factor, its sessions answer to the session alone.
 */
function mayEndSessions(user: UserRecord, current: SessionRecord): boolean {
  return !hasMfa(user) || sudoActive(current);
}

/** Ends one other session of this account; another account's is answered like an unknown one. */
export function signOutSession(
  store: Store,
  user: UserRecord,
  current: SessionRecord,
  handle: string,
  client: Client,
): Result<true> {
  if (!mayEndSessions(user, current)) return fail('reauth_required');
  const target = liveSessions(store, user).find((session) => session.handle === handle);
  if (!target) return fail('not_found');
  if (target.id === current.id) return fail('current_session');
  revokeSession(store, target);
  recordSecurityEvent(store, user, client, 'session_signed_out');
  return ok(true);
}

/** Ends every other session of this account; this one stays. Counts what it ended. */
function endOtherSessions(store: Store, user: UserRecord, current: SessionRecord): number {
  const others = liveSessions(store, user).filter((session) => session.id !== current.id);
  for (const session of others) revokeSession(store, session);
  return others.length;
}

/**
 * Ends every other session and logs it, without asking for sudo mode: for callers that already
 * made sure it is the owner (the sign-out below, and "Also sign out my other sessions" after a
 * reauth or in sudo mode). One entry for all of them; nothing to log when none was left.
 */
export function signOutOthersNow(
  store: Store,
  user: UserRecord,
  current: SessionRecord,
  client: Client,
): number {
  const signedOut = endOtherSessions(store, user, current);
  if (signedOut > 0) recordSecurityEvent(store, user, client, 'other_sessions_signed_out');
  return signedOut;
}

export function signOutOtherSessions(
  store: Store,
  user: UserRecord,
  current: SessionRecord,
  client: Client,
): Result<{ signedOut: number }> {
  if (!mayEndSessions(user, current)) return fail('reauth_required');
  return ok({ signedOut: signOutOthersNow(store, user, current, client) });
}
