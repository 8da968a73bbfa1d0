import {
  ACTIVITY_RETENTION_DAYS,
  type EventFactor,
  type SecurityEventKind,
} from '#src/api/activity';
import type { ErrorCode } from '#src/api/errors';
import { now } from './clock';
import { randomId } from './crypto';
import { describeDevice, type Client } from './device';
import { sendMail } from './mailbox';
import type { SecurityEventRecord, Store, UserRecord } from './schema';
import { securityMail } from './security-mail';

export const RETENTION_MS = ACTIVITY_RETENTION_DAYS * 24 * 60 * 60 * 1000;

// What a caller may send is bounded before it is kept: an address as the HTTP server reports
// one, and a user agent no longer than any real browser's.
const addressPattern = /^[0-9A-Za-z:.%_-]{1,64}$/;
const USER_AGENT_MAX = 512;

export type EventDetail = { factor?: EventFactor | null };

/**
 * The one place a security event happens: it is logged and, when its kind has a notice, mailed
 * (SEC-19), from the same record, so the mail and the log cannot disagree. Older events than
 * the 90 days kept are pruned on every write, so the log never grows without bound.
 */
export function recordSecurityEvent(
  store: Store,
  user: UserRecord,
  client: Client,
  kind: SecurityEventKind,
  detail: EventDetail = {},
): SecurityEventRecord {
  const at = now();
  store.securityEvents = store.securityEvents.filter((event) => at - event.at <= RETENTION_MS);
  const address = client.address && addressPattern.test(client.address) ? client.address : null;
  const userAgent = client.userAgent.slice(0, USER_AGENT_MAX);
  const event: SecurityEventRecord = {
    id: randomId('evt_'),
    userId: user.id,
    kind,
    at,
    seq: (store.securityEvents.at(-1)?.seq ?? 0) + 1,
    address,
    userAgent,
    factor: detail.factor ?? null,
    newDevice: kind === 'signed_in' && isNewDevice(store, user.id, address, userAgent),
  };
  store.securityEvents.push(event);
  const mail = securityMail(user, event);
  if (mail) sendMail(store, { to: user.email, ...mail });
  return event;
}

/**
 * A device is the browser and operating system the user agent names, with the address: no
 * device cookie exists to remember one, and a new place or a new browser is exactly what an
 * owner wants to hear about. An account's first sign-in has nothing to compare with.
 */
function isNewDevice(
  store: Store,
  userId: string,
  address: string | null,
  userAgent: string,
): boolean {
  const signIns = store.securityEvents.filter(
    (event) => event.userId === userId && event.kind === 'signed_in',
  );
  if (signIns.length === 0) return false;
  const key = deviceKey(address, userAgent);
  return !signIns.some((event) => deviceKey(event.address, event.userAgent) === key);
}

function deviceKey(address: string | null, userAgent: string): string {
  const { browser, os, kind } = describeDevice(userAgent);
  return JSON.stringify([browser, os, kind, address]);
}

const wrongPassword: readonly ErrorCode[] = ['invalid_password', 'invalid_credentials'];
const throttledCodes: readonly ErrorCode[] = ['too_many_attempts', 'account_locked'];
// Failures that say nothing about the person's answer (a missing challenge, MFA off).
const notAnAnswer: readonly ErrorCode[] = [
  'mfa_not_enabled',
  'challenge_invalid',
  'challenge_expired',
  'invalid_request',
  'webauthn_expired',
];

/** A refused password or second factor, as the log records it; nothing for other failures. */
export function recordFailedAttempt(
  store: Store,
  user: UserRecord,
  client: Client,
  code: ErrorCode,
  factor: EventFactor | null,
): void {
  if (notAnAnswer.includes(code)) return;
  if (throttledCodes.includes(code)) {
    // One entry per throttled stretch: an attacker's every refused try would bury the log.
    const last = store.securityEvents.findLast((event) => event.userId === user.id);
    if (last?.kind !== 'throttled') recordSecurityEvent(store, user, client, 'throttled');
  } else if (wrongPassword.includes(code))
    recordSecurityEvent(store, user, client, 'password_wrong');
  else recordSecurityEvent(store, user, client, 'second_factor_wrong', { factor });
}

export type PastEvent = {
  kind: SecurityEventKind;
  at: number;
  client: Client;
  factor?: EventFactor | null;
  newDevice?: boolean;
};

/**
 * Events that happened before now, for scenarios (a long log, a history to compare a new
 * device with): appended in one pass, oldest first, without mail, as if logged back then.
 */
export function recordPastEvents(store: Store, user: UserRecord, events: readonly PastEvent[]) {
  let seq = store.securityEvents.at(-1)?.seq ?? 0;
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const { kind, at, client, factor = null, newDevice = false } of sorted) {
    seq += 1;
    store.securityEvents.push({
      id: randomId('evt_'),
      userId: user.id,
      kind,
      at,
      seq,
      address: client.address,
      userAgent: client.userAgent,
      factor,
      newDevice,
    });
  }
}
