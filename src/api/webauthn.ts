import * as z from 'zod/mini';
import { RECOVERY_CODE_COUNT, recoveryCodesSchema } from './codes';
import { factorSchema } from './factors';
import { keyAnswerErrors, sessionErrors, type Operation } from './operation';
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

// Sudo mode and the limit apply only with MFA on; with MFA off a key turns it on.
const addErrors = [...sessionErrors, 'reauth_required', 'factor_limit_reached'] as const;

/** Security keys and passkeys: adding one, and the options for answering with one. */
export const keyOperations = (): readonly Operation[] => [
  {
    id: 'keyRegistrationOptions',
    method: 'post',
    path: webauthnPaths.registrationOptions,
    tag: 'mfa',
    summary: 'Options for adding a security key or passkey',
    description:
      "For `navigator.credentials.create()`: a fresh challenge for this session (single use, 5 minutes), the page's host as RP ID, ES256 and RS256 only, no attestation, the account's keys excluded. Asking again replaces the earlier challenge. With MFA on this needs sudo mode and room for one more factor; with MFA off the session alone is enough, as for `POST /api/mfa/enrollment` (the key will turn MFA on).",
    success: { status: 200, schema: registrationOptionsResponseSchema },
    errors: addErrors,
    session: 'required',
  },
  {
    id: 'addKeyFactor',
    method: 'post',
    path: webauthnPaths.register,
    tag: 'mfa',
    summary: "Save the browser's new key as a factor (turns MFA on if it is off)",
    description: `Verified against the challenge, origin and RP ID; user verification (fingerprint, face or PIN) is required. Saved only once it verified, without a name: clients call it "Passkey" (it signs in by itself) or "Security key", numbered by \`number\`, in their language; a notice is mailed. The challenge is spent whatever the outcome. With MFA on it is one more factor (sudo mode). With MFA off it becomes the first factor and turns MFA on: any pending app enrollment is dropped, the \`mfa_enabled\` notice is mailed, and the response then carries \`recoveryCodes\` (${RECOVERY_CODE_COUNT}, shown this once; absent otherwise).`,
    request: registerKeyRequestSchema,
    success: { status: 201, schema: registerKeyResponseSchema },
    errors: [...addErrors, 'invalid_request', 'webauthn_already_registered', ...keyAnswerErrors],
    session: 'required',
  },
  {
    id: 'keySignInOptions',
    method: 'post',
    path: webauthnPaths.signInOptions,
    tag: 'auth',
    summary: 'Options for answering a sign-in challenge with a security key',
    description:
      "For `navigator.credentials.get()`: only the account's keys are allowed. The answer goes to `POST /api/auth/verify` as `credential`. Accounts without a key get `no_security_key`.",
    request: signInOptionsRequestSchema,
    success: { status: 200, schema: authenticationOptionsResponseSchema },
    errors: ['invalid_request', 'challenge_invalid', 'challenge_expired', 'no_security_key'],
    session: 'none',
  },
  {
    id: 'keyReauthOptions',
    method: 'post',
    path: webauthnPaths.reauthOptions,
    tag: 'mfa',
    summary: 'Options for confirming it is you with a security key',
    description:
      'For sudo mode, turning MFA off and new recovery codes: the answer goes with the password as `credential`.',
    success: { status: 200, schema: authenticationOptionsResponseSchema },
    errors: [...sessionErrors, 'no_security_key'],
    session: 'required',
  },
];
