import { RECOVERY_CODE_COUNT } from './codes';
import { keyAnswerErrors, sessionErrors, type Operation } from './operation';
import {
  authenticationOptionsResponseSchema,
  registerKeyRequestSchema,
  registerKeyResponseSchema,
  registrationOptionsResponseSchema,
  signInOptionsRequestSchema,
  webauthnPaths,
} from './webauthn';

// Sudo mode and the limit apply only with MFA on; with MFA off a key turns it on.
const addErrors = [...sessionErrors, 'reauth_required', 'factor_limit_reached'] as const;

/** Security keys and passkeys: adding one, and the options for answering with one. */
export const keyOperations: readonly Operation[] = [
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
    description: `Verified against the challenge, origin and RP ID; user verification (fingerprint, face or PIN) is required. Saved only once it verified, named "Passkey" (it signs in by itself) or "Security key" (numbered if taken), and a notice is mailed. The challenge is spent whatever the outcome. With MFA on it is one more factor (sudo mode). With MFA off it becomes the first factor and turns MFA on: any pending app enrollment is dropped, the \`mfa_enabled\` notice is mailed, and the response then carries \`recoveryCodes\` (${RECOVERY_CODE_COUNT}, shown this once; absent otherwise).`,
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
