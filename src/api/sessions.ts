import * as z from 'zod/mini';
import { sessionErrors, type Operation } from './operation';

export const sessionPaths = {
  /** GET: this account's sessions, this one first. */
  sessions: '/api/sessions',
  /** DELETE: signs out one other session of this account (sudo mode). */
  session: '/api/sessions/:id',
  /** POST: signs out every other session of this account (sudo mode). */
  signOutOthers: '/api/sessions/others/sign-out',
} as const;

export function sessionPath(id: string): string {
  return sessionPaths.session.replace(':id', encodeURIComponent(id));
}

/** Minutes, for the descriptions and the docs: NIST SP 800-63B §4.2.3's AAL2 limits (SEC-13). */
const SESSION_IDLE_MINUTES = 30;
const SESSION_ABSOLUTE_HOURS = 12;

/** Parsed from the User-Agent header; null when the parser does not know it. */
const deviceSchema = z.object({
  browser: z.nullable(z.string()),
  os: z.nullable(z.string()),
  kind: z.enum(['desktop', 'phone', 'tablet']),
});
export type SessionDevice = z.infer<typeof deviceSchema>;

const sessionViewSchema = z.object({
  /** A handle for this list and its sign-out: random, never the session cookie's value. */
  id: z.string(),
  /** The session that asked: "This device". */
  current: z.boolean(),
  device: deviceSchema,
  /** The client address the server saw at sign-in; null when it had none. */
  address: z.nullable(z.string()),
  /** An approximate place for that address, when the server knows one. */
  location: z.nullable(z.string()),
  createdAt: z.iso.datetime(),
  /** The session's last request, to the minute. */
  lastActiveAt: z.iso.datetime(),
  /** When it ends if it makes no further request: idle limit or absolute lifetime, the earlier. */
  expiresAt: z.iso.datetime(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const sessionListResponseSchema = z.object({ sessions: z.array(sessionViewSchema) });
export type SessionListResponse = z.infer<typeof sessionListResponseSchema>;

export const signOutOthersResponseSchema = z.object({
  /** How many sessions ended. */
  signedOut: z.int().check(z.nonnegative()),
});
export type SignOutOthersResponse = z.infer<typeof signOutOthersResponseSchema>;

const lifetime = `A session ends after ${SESSION_IDLE_MINUTES} minutes without a request or ${SESSION_ABSOLUTE_HOURS} hours after sign-in, whichever comes first: the reauthentication limits NIST SP 800-63B §4.2.3 sets for AAL2 (SEC-13). Ended and expired sessions leave the list.`;
const revoked =
  'The ended session is forgotten at once; its next request answers 401 `session_revoked` (not `unauthenticated`), so its browser can say it was signed out from another device.';

/** "Where you're signed in", as data (see operations.ts). */
export const sessionOperations = (): readonly Operation[] => [
  {
    id: 'listSessions',
    method: 'get',
    path: sessionPaths.sessions,
    tag: 'session',
    summary: "This account's sessions: this one first, then by last activity",
    description: `Each with the device (browser, operating system, kind) parsed from its User-Agent, the client address and an approximate place, when it started, when it was last active (to the minute) and when it expires. Never a session id. ${lifetime}`,
    success: { status: 200, schema: sessionListResponseSchema },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'signOutSession',
    method: 'delete',
    path: sessionPaths.session,
    tag: 'session',
    summary: 'Sign out one other session of this account',
    description: `Needs sudo mode (\`POST /api/mfa/sudo\`) when MFA is on, as adding a factor does. Another account's session answers 404 like an unknown one; this session answers 409 \`current_session\` (sign out instead). ${revoked}`,
    success: { status: 204 },
    errors: [...sessionErrors, 'reauth_required', 'not_found', 'current_session'],
    session: 'required',
  },
  {
    id: 'signOutOtherSessions',
    method: 'post',
    path: sessionPaths.signOutOthers,
    tag: 'session',
    summary: 'Sign out every other session of this account',
    description: `Needs sudo mode (\`POST /api/mfa/sudo\`) when MFA is on. This session stays signed in; answers how many ended. ${revoked}`,
    success: { status: 200, schema: signOutOthersResponseSchema },
    errors: [...sessionErrors, 'reauth_required'],
    session: 'required',
  },
];

/**
 * "Also sign out my other sessions", offered where a second factor changes (disabling MFA,
 * removing a factor, new recovery codes): someone who fears a factor was stolen should not have
 * to end the sessions it opened in a second step. Absent means no, so older clients keep working.
 */
export const signOutOtherSessionsField = {
  signOutOtherSessions: z.optional(z.boolean()),
};

/** The same choice as a query parameter, for `DELETE` (which has no body): `true` or `false`. */
export const signOutOtherSessionsQuerySchema = z.object({
  signOutOtherSessions: z.optional(
    z.pipe(
      z.enum(['true', 'false']),
      z.transform((value: 'true' | 'false') => value === 'true'),
    ),
  ),
});

export const alsoSignOutDescription =
  'With `signOutOtherSessions: true` every other session of the account ends too, exactly as `POST /api/sessions/others/sign-out` ends them (each answers 401 `session_revoked` next, one `other_sessions_signed_out` event); `signedOut` says how many. Absent or false, they stay.';
