import * as z from 'zod/mini';
import { recoveryCodesSchema } from './codes';
import { factorSchema } from './factors';
import { mfaStatusSchema } from './user';

/**
 * Security keys and passkeys (WebAuthn). The server makes every challenge: single use, good for
 * 5 minutes, bound to what asked for it (this session, or this sign-in challenge). The relying
 * party ID is the page's host; only ES256 (-7) and RS256 (-257) keys are accepted.
 */
export const webauthnPaths = {
  /** POST (sudo mode, or only the session while MFA is off): options for `create()`. */
  registrationOptions: '/api/mfa/security-keys/options',
  /** POST (as above): the browser's answer; saves the key once it verified (MFA off: turns it on). */
  register: '/api/mfa/security-keys',
  /** POST `{ challengeId }`: options for `navigator.credentials.get()` at sign-in. */
  signInOptions: '/api/auth/webauthn/options',
  /** POST (session): options for re-authenticating with a key (sudo, disable, new codes). */
  reauthOptions: '/api/mfa/reauth/webauthn/options',
} as const;

export const WEBAUTHN_ALGORITHMS = [-7, -257] as const;
export const WEBAUTHN_TIMEOUT_MS = 5 * 60 * 1000;

const base64url = z.string().check(z.minLength(1), z.maxLength(8192), z.regex(/^[A-Za-z0-9_-]+$/));

/** A browser's answer is data the server verifies; the shape is only checked here. */
const clientExtensionResultsSchema = z.looseObject({
  credProps: z.optional(z.looseObject({ rk: z.optional(z.boolean()) })),
});

export const registrationCredentialSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.optional(z.array(z.string().check(z.maxLength(32))).check(z.maxLength(10))),
  }),
  authenticatorAttachment: z.optional(z.string().check(z.maxLength(32))),
  clientExtensionResults: clientExtensionResultsSchema,
});
export type RegistrationCredential = z.infer<typeof registrationCredentialSchema>;

export const authenticationCredentialSchema = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.looseObject({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: z.optional(z.string().check(z.maxLength(512))),
  }),
  authenticatorAttachment: z.optional(z.string().check(z.maxLength(32))),
  clientExtensionResults: clientExtensionResultsSchema,
});
export type AuthenticationCredential = z.infer<typeof authenticationCredentialSchema>;

const credentialDescriptorSchema = z.object({
  id: z.string(),
  type: z.literal('public-key'),
  transports: z.optional(z.array(z.string())),
});

/** `PublicKeyCredentialCreationOptionsJSON`, as `@simplewebauthn/browser` takes it. */
export const creationOptionsSchema = z.looseObject({
  challenge: z.string(),
  rp: z.object({ id: z.optional(z.string()), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: z.literal('public-key') })),
  timeout: z.optional(z.number()),
  excludeCredentials: z.optional(z.array(credentialDescriptorSchema)),
});

/** `PublicKeyCredentialRequestOptionsJSON`: only this account's keys are allowed. */
export const requestOptionsSchema = z.looseObject({
  challenge: z.string(),
  rpId: z.optional(z.string()),
  timeout: z.optional(z.number()),
  allowCredentials: z.optional(z.array(credentialDescriptorSchema)),
  userVerification: z.optional(z.string()),
});

export const registrationOptionsResponseSchema = z.object({ options: creationOptionsSchema });
export type RegistrationOptionsResponse = z.infer<typeof registrationOptionsResponseSchema>;

export const registerKeyRequestSchema = z.object({ credential: registrationCredentialSchema });

export const registerKeyResponseSchema = z.object({
  factor: factorSchema,
  mfa: mfaStatusSchema,
  /** Only when this key turned MFA on (the account's first factor): 10 codes, shown this once. */
  recoveryCodes: z.optional(recoveryCodesSchema),
});
export type RegisterKeyResponse = z.infer<typeof registerKeyResponseSchema>;

export const signInOptionsRequestSchema = z.object({
  challengeId: z.string().check(z.minLength(1), z.maxLength(100)),
});

export const authenticationOptionsResponseSchema = z.object({ options: requestOptionsSchema });
export type AuthenticationOptionsResponse = z.infer<typeof authenticationOptionsResponseSchema>;
