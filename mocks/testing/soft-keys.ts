import {
  createHash,
  createSign,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { AuthenticationCredential, RegistrationCredential } from '#src/api/webauthn';
import { encodeCbor, type CborValue } from './cbor';

/**
 * Virtual keys for handler tests, a security key in software: ES256 keys from node:crypto, attestation format
 * "none", authenticator data laid out by hand (WebAuthn §6.1). Flags and the counter are
 * settable, so tests can play a refused fingerprint or a cloned key.
 */
export type SoftKey = {
  credentialId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  counter: number;
};

type Ceremony = { challenge: string; rpId: string; origin: string };

export type SoftKeyBehaviour = {
  /** The user passed the fingerprint, face or PIN check (UV flag). Default true. */
  userVerified?: boolean;
  /** The key says it is backed up, like a synced passkey (BE and BS flags). Default false. */
  backedUp?: boolean;
  /** The browser's `credProps.rk`: a discoverable credential. Default true. */
  discoverable?: boolean;
};

const UP = 0x01;
const UV = 0x04;
const BE = 0x08;
const BS = 0x10;
const AT = 0x40;

const b64url = (bytes: Uint8Array | Buffer): string => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

function flagsOf(behaviour: SoftKeyBehaviour): number {
  let flags = UP;
  if (behaviour.userVerified ?? true) flags |= UV;
  if (behaviour.backedUp) flags |= BE | BS;
  return flags;
}

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}

function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const coordinate = (value: string | undefined) => Buffer.from(value ?? '', 'base64url');
  // kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
  return encodeCbor(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, coordinate(jwk.x)],
      [-3, coordinate(jwk.y)],
    ]),
  );
}

function clientData(type: string, ceremony: Ceremony): Buffer {
  const json = { type, challenge: ceremony.challenge, origin: ceremony.origin, crossOrigin: false };
  return Buffer.from(JSON.stringify(json));
}

export function newSoftKey(): SoftKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { credentialId: b64url(randomBytes(16)), privateKey, publicKey, counter: 0 };
}

/** What `navigator.credentials.create()` would answer for these options. */
export function registrationResponse(
  key: SoftKey,
  ceremony: Ceremony,
  behaviour: SoftKeyBehaviour = {},
): RegistrationCredential {
  const id = Buffer.from(key.credentialId, 'base64url');
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(id.length);
  const authData = Buffer.concat([
    sha256(ceremony.rpId),
    Buffer.from([flagsOf(behaviour) | AT]),
    counterBytes(key.counter),
    Buffer.alloc(16), // AAGUID: none, as attestation "none" allows
    idLength,
    id,
    coseKey(key.publicKey),
  ]);
  const attestation = new Map<CborValue, CborValue>([
    ['fmt', 'none'],
    ['attStmt', new Map()],
    ['authData', authData],
  ]);
  return {
    id: key.credentialId,
    rawId: key.credentialId,
    type: 'public-key',
    response: {
      clientDataJSON: b64url(clientData('webauthn.create', ceremony)),
      attestationObject: b64url(encodeCbor(attestation)),
      transports: ['usb'],
    },
    clientExtensionResults: { credProps: { rk: behaviour.discoverable ?? true } },
  };
}

/** What `navigator.credentials.get()` would answer: the counter moves on by one first. */
export function authenticationResponse(
  key: SoftKey,
  ceremony: Ceremony,
  behaviour: SoftKeyBehaviour = {},
): AuthenticationCredential {
  key.counter += 1;
  const authData = Buffer.concat([
    sha256(ceremony.rpId),
    Buffer.from([flagsOf(behaviour)]),
    counterBytes(key.counter),
  ]);
  const data = clientData('webauthn.get', ceremony);
  const signature = createSign('SHA256')
    .update(Buffer.concat([authData, sha256(data)]))
    .sign(key.privateKey);
  return {
    id: key.credentialId,
    rawId: key.credentialId,
    type: 'public-key',
    response: {
      clientDataJSON: b64url(data),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
    },
    clientExtensionResults: {},
  };
}
