import {
  FACTOR_LIMIT,
  type Factor,
  type FactorListResponse,
  type FactorType,
} from '#src/api/factors';
import type { ServerMethod } from '#src/api/user';
import type { EventFactor } from '#src/api/activity';
import type { Client } from './device';
import { recordSecurityEvent } from './security-log';
import { now, toIso } from './clock';
import { randomId } from './crypto';
import { fail, ok, type Result } from './result';
import type {
  AppFactorRecord,
  FactorRecord,
  KeyFactorRecord,
  SessionRecord,
  Store,
  UserRecord,
} from './schema';

/** Sudo mode: a fresh re-authentication lets one session add or remove factors for 10 minutes. */
export const SUDO_WINDOW_MS = 10 * 60 * 1000;

export function hasMfa(user: UserRecord): boolean {
  return user.mfa.factors.length > 0;
}

export function appFactors(user: UserRecord): AppFactorRecord[] {
  return user.mfa.factors.filter((factor) => factor.method === 'totp');
}

export function keyFactors(user: UserRecord): KeyFactorRecord[] {
  return user.mfa.factors.filter((factor) => factor.method === 'webauthn');
}

function nameTaken(user: UserRecord, name: string, exceptId?: string): boolean {
  const wanted = name.toLocaleLowerCase();
  return user.mfa.factors.some(
    (factor) => factor.id !== exceptId && factor.name?.toLocaleLowerCase() === wanted,
  );
}

function factorType(factor: FactorRecord): FactorType {
  return factor.method === 'totp' ? 'totp' : factor.discoverable ? 'passkey' : 'security_key';
}

/**
 * A new factor has no name: the client names it by its type and this number ("Authenticator app
 * 2"), in the reader's language. 1, 2, 3, … whichever no unnamed factor of the type holds.
 */
export function nextNumber(user: UserRecord, type: FactorType): number {
  const taken = new Set(
    user.mfa.factors
      .filter((factor) => factor.name === null && factorType(factor) === type)
      .map((factor) => factor.number),
  );
  let n = 1;
  while (taken.has(n)) n += 1;
  return n;
}

export function newAppFactor(
  user: UserRecord,
  secret: string,
  at: number,
  lastStep: number,
): AppFactorRecord {
  return {
    id: randomId('fct_'),
    method: 'totp',
    name: null,
    number: nextNumber(user, 'totp'),
    secret,
    createdAt: at,
    lastUsedAt: at,
    lastStep,
  };
}

/** Which factor, as the security log shows it: type, name and number, never a secret or key. */
export function eventFactorOf(factor: FactorRecord): EventFactor {
  return { type: factorType(factor), name: factor.name, number: factor.number };
}

/** What the API shows of a factor: never its secret or counter. */
export function factorView(factor: FactorRecord): Factor {
  const view: Factor = {
    id: factor.id,
    type: factorType(factor),
    name: factor.name,
    number: factor.number,
    createdAt: toIso(factor.createdAt),
    lastUsedAt: factor.lastUsedAt === null ? null : toIso(factor.lastUsedAt),
  };
  if (factor.method === 'webauthn') view.synced = factor.backedUp;
  return view;
}

/** The account's methods, the most recently used first. */
export function methodsByRecentUse(user: UserRecord): ServerMethod[] {
  const latest = new Map<ServerMethod, number>();
  for (const { method, lastUsedAt } of user.mfa.factors) {
    latest.set(method, Math.max(latest.get(method) ?? -Infinity, lastUsedAt ?? -Infinity));
  }
  // On a tie (a key added with the code that opened sudo mode) the phishing-resistant key leads.
  const rank = (method: ServerMethod) => (method === 'webauthn' ? 0 : 1);
  return [...latest]
    .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
    .map(([method]) => method);
}

/** Factors newest first (among equal dates the later-added one first), and the methods. */
export function listFactors(user: UserRecord): FactorListResponse {
  const factors = user.mfa.factors
    .map((factor, index) => ({ factor, index }))
    .sort((a, b) => b.factor.createdAt - a.factor.createdAt || b.index - a.index)
    .map(({ factor }) => factorView(factor));
  return { factors, methods: methodsByRecentUse(user) };
}

export function findFactor(user: UserRecord, id: string): Result<FactorRecord> {
  const factor = user.mfa.factors.find((candidate) => candidate.id === id);
  return factor ? ok(factor) : fail('not_found');
}

/** The contract has trimmed and length-checked the name; uniqueness is per account. */
export function renameFactor(
  store: Store,
  user: UserRecord,
  id: string,
  name: string,
  client: Client,
): Result<Factor> {
  const found = findFactor(user, id);
  if (!found.ok) return found;
  if (nameTaken(user, name, id)) return fail('factor_name_taken');
  found.value.name = name;
  recordSecurityEvent(store, user, client, 'factor_renamed', {
    factor: eventFactorOf(found.value),
  });
  return ok(factorView(found.value));
}

export function sudoActive(session: SessionRecord): boolean {
  return session.sudoUntil !== null && now() < session.sudoUntil;
}

/** Adding a factor needs sudo mode and room for one more. */
export function canAddFactor(user: UserRecord, session: SessionRecord): Result<true> {
  if (!sudoActive(session)) return fail('reauth_required');
  if (user.mfa.factors.length >= FACTOR_LIMIT) return fail('factor_limit_reached');
  return ok(true);
}
