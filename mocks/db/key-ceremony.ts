import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { AuthenticationCredential, RegistrationCredential } from '#src/api/webauthn';
import {
  WEBAUTHN_ALGORITHMS,
  WEBAUTHN_TIMEOUT_MS,
  creationOptionsSchema,
  requestOptionsSchema,
} from '#src/api/webauthn';
import { fromBase64Url, randomId, toBase64Url } from './crypto';
import { keyFactors, nextNumber } from './factors';
import { fail, ok, type Result } from './result';
import type { KeyFactorRecord, Store, UserRecord, WebauthnChallengeRecord } from './schema';
import { mfaIssuer } from './totp';
import type { RelyingParty } from './webauthn-challenges';

// ~80 kB of verification code: loaded with the first key ceremony, never with the mock itself.
const webauthnServer = () => import('@simplewebauthn/server');

const descriptor = (key: KeyFactorRecord) => ({
  id: key.credentialId,
  transports: key.transports as AuthenticatorTransport[],
});

/** Which account, if any, holds this credential: keys are unique across the whole store. */
function keyOwner(store: Store, credentialId: string): UserRecord | undefined {
  return store.users.find((user) =>
    keyFactors(user).some((key) => key.credentialId === credentialId),
  );
}

/** Options for `navigator.credentials.create()`; the account's keys are excluded. */
export async function creationOptions(user: UserRecord, rp: RelyingParty) {
  const { generateRegistrationOptions } = await webauthnServer();
  const options = await generateRegistrationOptions({
    rpName: mfaIssuer(),
    rpID: rp.rpId,
    userName: user.email,
    userID: new TextEncoder().encode(user.id),
    userDisplayName: user.name,
    timeout: WEBAUTHN_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: keyFactors(user).map(descriptor),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    supportedAlgorithmIDs: [...WEBAUTHN_ALGORITHMS],
  });
  // Through the contract's schema, which types it (the library's own types are interfaces).
  return creationOptionsSchema.parse(options);
}

/** Options for `navigator.credentials.get()`: only this account's keys may answer. */
export async function requestOptions(user: UserRecord, rp: RelyingParty) {
  const { generateAuthenticationOptions } = await webauthnServer();
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    allowCredentials: keyFactors(user).map(descriptor),
    timeout: WEBAUTHN_TIMEOUT_MS,
    userVerification: 'preferred',
  });
  return requestOptionsSchema.parse(options);
}

/**
 * Checks a new key's attestation against the issued challenge, origin and RP ID. User
 * verification is judged here rather than by the library, so a refused fingerprint or PIN gets
 * its own answer instead of a generic failure.
 */
export async function verifyNewKey(
  store: Store,
  user: UserRecord,
  issued: WebauthnChallengeRecord,
  credential: RegistrationCredential,
  at: number,
): Promise<Result<KeyFactorRecord>> {
  const { verifyRegistrationResponse } = await webauthnServer();
  const checked = await verifyRegistrationResponse({
    // The contract checked the shape; the library checks everything else.
    response: credential as RegistrationResponseJSON,
    expectedChallenge: issued.challenge,
    expectedOrigin: issued.origin,
    expectedRPID: issued.rpId,
    requireUserVerification: false,
    supportedAlgorithmIDs: [...WEBAUTHN_ALGORITHMS],
  }).catch(() => null);
  if (!checked?.verified) return fail('webauthn_failed');
  const info = checked.registrationInfo;
  if (!info.userVerified) return fail('webauthn_not_verified');
  const owner = keyOwner(store, info.credential.id);
  if (owner) return fail(owner === user ? 'webauthn_already_registered' : 'webauthn_other_account');
  const discoverable = credential.clientExtensionResults.credProps?.rk === true;
  return ok({
    id: randomId('fct_'),
    method: 'webauthn',
    name: null,
    number: nextNumber(user, discoverable ? 'passkey' : 'security_key'),
    credentialId: info.credential.id,
    publicKey: toBase64Url(info.credential.publicKey),
    counter: info.credential.counter,
    transports: credential.response.transports ?? [],
    discoverable,
    backedUp: info.credentialBackedUp,
    createdAt: at,
    lastUsedAt: at,
  });
}

/**
 * Checks a key's signature over the issued challenge and records the use. A counter that does
 * not move forward (a cloned key) fails like any bad signature.
 */
export async function verifyKeyAnswer(
  store: Store,
  user: UserRecord,
  issued: WebauthnChallengeRecord,
  credential: AuthenticationCredential,
  at: number,
): Promise<Result<KeyFactorRecord>> {
  const key = keyFactors(user).find((candidate) => candidate.credentialId === credential.id);
  if (!key) {
    return fail(keyOwner(store, credential.id) ? 'webauthn_other_account' : 'webauthn_failed');
  }
  const { verifyAuthenticationResponse } = await webauthnServer();
  const checked = await verifyAuthenticationResponse({
    response: credential as AuthenticationResponseJSON,
    expectedChallenge: issued.challenge,
    expectedOrigin: issued.origin,
    expectedRPID: issued.rpId,
    credential: {
      id: key.credentialId,
      publicKey: fromBase64Url(key.publicKey),
      counter: key.counter,
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!checked?.verified) return fail('webauthn_failed');
  if (!checked.authenticationInfo.userVerified) return fail('webauthn_not_verified');
  key.counter = checked.authenticationInfo.newCounter;
  key.backedUp = checked.authenticationInfo.credentialBackedUp;
  key.lastUsedAt = at;
  user.mfa.lastUsedAt = at;
  return ok(key);
}
