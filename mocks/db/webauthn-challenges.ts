import { WEBAUTHN_TIMEOUT_MS } from '#src/api/webauthn';
import { now } from './clock';
import { fail, ok, type Result } from './result';
import type { Store, WebauthnChallengeRecord } from './schema';

/** Where a ceremony happens: the RP ID is the page's host, the origin its scheme, host and port. */
export type RelyingParty = { rpId: string; origin: string };

export function relyingPartyOf(requestUrl: string): RelyingParty {
  const url = new URL(requestUrl);
  return { rpId: url.hostname, origin: url.origin };
}

export type CeremonyOwner = {
  purpose: WebauthnChallengeRecord['purpose'];
  /** The session (register, reauth) or sign-in challenge (sign_in) asking. */
  ownerId: string;
  userId: string;
};

function sameOwner(record: WebauthnChallengeRecord, owner: CeremonyOwner): boolean {
  return record.purpose === owner.purpose && record.ownerId === owner.ownerId;
}

/** Keeps the options' fresh random challenge; asking again replaces the owner's earlier one. */
export function saveWebauthnChallenge(
  store: Store,
  owner: CeremonyOwner,
  rp: RelyingParty,
  challenge: string,
): WebauthnChallengeRecord {
  const at = now();
  const record: WebauthnChallengeRecord = {
    ...owner,
    ...rp,
    challenge,
    expiresAt: at + WEBAUTHN_TIMEOUT_MS,
  };
  store.webauthnChallenges = [
    ...store.webauthnChallenges.filter((old) => !sameOwner(old, owner) && at < old.expiresAt),
    record,
  ];
  return record;
}

/**
 * Single use: the owner's challenge is gone once an answer arrives, right or wrong, so a
 * captured answer can never be replayed. Missing or expired both mean "start again".
 */
export function takeWebauthnChallenge(
  store: Store,
  owner: CeremonyOwner,
): Result<WebauthnChallengeRecord> {
  const record = store.webauthnChallenges.find((candidate) => sameOwner(candidate, owner));
  store.webauthnChallenges = store.webauthnChallenges.filter((old) => old !== record);
  if (!record || record.userId !== owner.userId || now() >= record.expiresAt) {
    return fail('webauthn_expired');
  }
  return ok(record);
}
