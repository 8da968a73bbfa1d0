import type { AddAppFactorResponse } from '../../src/api/factors';
import type {
  AuthenticationCredential,
  AuthenticationOptionsResponse,
  RegistrationCredential,
  RegistrationOptionsResponse,
} from '../../src/api/webauthn';
import { mfaStatusView } from './accounts';
import { findChallenge } from './challenges';
import { now } from './clock';
import { canAddFactor, factorView, hasMfa, keyFactors } from './factors';
import { creationOptions, requestOptions, verifyKeyAnswer, verifyNewKey } from './keys';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import { sendSecurityNotice } from './security-mail';
import {
  saveWebauthnChallenge,
  takeWebauthnChallenge,
  type CeremonyOwner,
  type RelyingParty,
} from './webauthn-challenges';

/** Step 1 of adding a key (sudo mode): options whose challenge belongs to this session. */
export async function keyRegistrationOptions(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  rp: RelyingParty,
): Promise<Result<RegistrationOptionsResponse>> {
  if (!hasMfa(user)) return fail('mfa_not_enabled');
  const allowed = canAddFactor(user, session);
  if (!allowed.ok) return allowed;
  const options = await creationOptions(user, rp);
  const owner = { purpose: 'register', ownerId: session.id, userId: user.id } as const;
  saveWebauthnChallenge(store, owner, rp, options.challenge);
  return ok({ options });
}

/**
 * Step 2: the browser's answer. The key is saved only once it verified, so an abandoned or
 * failed set-up leaves nothing behind but an expiring challenge.
 */
export async function addKeyFactor(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  credential: RegistrationCredential,
): Promise<Result<AddAppFactorResponse>> {
  if (!hasMfa(user)) return fail('mfa_not_enabled');
  const allowed = canAddFactor(user, session);
  if (!allowed.ok) return allowed;
  const issued = takeWebauthnChallenge(store, {
    purpose: 'register',
    ownerId: session.id,
    userId: user.id,
  });
  if (!issued.ok) return issued;
  const key = await verifyNewKey(store, user, issued.value, credential, now());
  if (!key.ok) return key;
  user.mfa.factors.push(key.value);
  sendSecurityNotice(store, user, 'factor_added');
  return ok({ factor: factorView(key.value), mfa: mfaStatusView(user) });
}

async function keyAnswerOptions(
  store: Store,
  user: UserRecord,
  owner: CeremonyOwner,
  rp: RelyingParty,
): Promise<Result<AuthenticationOptionsResponse>> {
  if (keyFactors(user).length === 0) return fail('no_security_key');
  const options = await requestOptions(user, rp);
  saveWebauthnChallenge(store, owner, rp, options.challenge);
  return ok({ options });
}

/** Options for answering a sign-in challenge with one of the account's keys. */
export async function keySignInOptions(
  store: Store,
  challengeId: string,
  rp: RelyingParty,
): Promise<Result<AuthenticationOptionsResponse>> {
  const found = findChallenge(store, challengeId);
  if (!found.ok) return found;
  const { challenge, user } = found.value;
  const owner = { purpose: 'sign_in', ownerId: challenge.id, userId: user.id } as const;
  return keyAnswerOptions(store, user, owner, rp);
}

/** Options for re-authenticating this session with a key (sudo mode, disable, new codes). */
export function keyReauthOptions(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  rp: RelyingParty,
): Promise<Result<AuthenticationOptionsResponse>> {
  const owner = { purpose: 'reauth', ownerId: session.id, userId: user.id } as const;
  return keyAnswerOptions(store, user, owner, rp);
}

/** Spends the owner's challenge on this answer, whatever the outcome. */
export async function answerKeyChallenge(
  store: Store,
  user: UserRecord,
  owner: CeremonyOwner,
  credential: AuthenticationCredential,
  at: number,
): Promise<Result<{ viaRecoveryCode: false }>> {
  const issued = takeWebauthnChallenge(store, owner);
  if (!issued.ok) return issued;
  const key = await verifyKeyAnswer(store, user, issued.value, credential, at);
  return key.ok ? ok({ viaRecoveryCode: false }) : key;
}
