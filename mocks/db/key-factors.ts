import type {
  AuthenticationCredential,
  AuthenticationOptionsResponse,
  RegisterKeyResponse,
  RegistrationCredential,
  RegistrationOptionsResponse,
} from '#src/api/webauthn';
import { mfaStatusView } from './accounts';
import { findChallenge } from './challenges';
import { now } from './clock';
import { canAddFactor, eventFactorOf, factorView, hasMfa, keyFactors } from './factors';
import { creationOptions, requestOptions, verifyKeyAnswer, verifyNewKey } from './key-ceremony';
import { issueRecoveryCodes } from './recovery-codes';
import { fail, ok, type Result } from './result';
import type { KeyFactorRecord, SessionRecord, Store, UserRecord } from './schema';
import type { Client } from './device';
import type { Verified } from './second-factor';
import { recordSecurityEvent } from './security-log';
import {
  saveWebauthnChallenge,
  takeWebauthnChallenge,
  type CeremonyOwner,
  type RelyingParty,
} from './webauthn-challenges';

/**
 * Adding a factor to an account with MFA on needs sudo mode and room for it. Turning MFA on with
 * a key needs only the session, exactly like starting an app enrollment: there is no factor yet
 * to re-authenticate with, and nothing changes until the key verified.
 */
function mayRegister(user: UserRecord, session: SessionRecord): Result<true> {
  return hasMfa(user) ? canAddFactor(user, session) : ok(true);
}

/** Step 1 of adding a key: options whose challenge belongs to this session. */
export async function keyRegistrationOptions(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  rp: RelyingParty,
): Promise<Result<RegistrationOptionsResponse>> {
  const allowed = mayRegister(user, session);
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
  client: Client,
): Promise<Result<RegisterKeyResponse>> {
  const allowed = mayRegister(user, session);
  if (!allowed.ok) return allowed;
  const issued = takeWebauthnChallenge(store, {
    purpose: 'register',
    ownerId: session.id,
    userId: user.id,
  });
  if (!issued.ok) return issued;
  const key = await verifyNewKey(store, user, issued.value, credential, now());
  if (!key.ok) return key;
  if (!hasMfa(user)) return turnMfaOn(store, user, key.value, client);
  user.mfa.factors.push(key.value);
  recordSecurityEvent(store, user, client, 'factor_added', { factor: eventFactorOf(key.value) });
  return ok({ factor: factorView(key.value), mfa: mfaStatusView(user) });
}

/**
 * The key is the first factor: MFA turns on as it does after an app's first code (SEC-3), with
 * fresh recovery codes shown this once (SEC-16) and the enable notice (SEC-19). A half-done app
 * enrollment is dropped, so its secret is never shown again (SEC-2).
 */
async function turnMfaOn(
  store: Store,
  user: UserRecord,
  key: KeyFactorRecord,
  client: Client,
): Promise<Result<RegisterKeyResponse>> {
  user.mfa = {
    factors: [key],
    enabledAt: key.createdAt,
    lastUsedAt: key.createdAt,
    recoveryCodeHashes: [],
  };
  user.enrollment = null;
  const recoveryCodes = await issueRecoveryCodes(user);
  recordSecurityEvent(store, user, client, 'mfa_enabled', { factor: eventFactorOf(key) });
  return ok({ factor: factorView(key), mfa: mfaStatusView(user), recoveryCodes });
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
): Promise<Result<Verified>> {
  const issued = takeWebauthnChallenge(store, owner);
  if (!issued.ok) return issued;
  const key = await verifyKeyAnswer(store, user, issued.value, credential, at);
  return key.ok ? ok({ viaRecoveryCode: false, factor: key.value }) : key;
}
