import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  WebAuthnError,
  type PublicKeyCredentialRequestOptionsJSON,
  type UserVerificationRequirement,
} from '@simplewebauthn/browser';
import { KeyError } from './key-error';
import {
  authenticationCredentialSchema,
  registrationCredentialSchema,
  type AuthenticationCredential,
  type AuthenticationOptionsResponse,
  type RegistrationCredential,
  type RegistrationOptionsResponse,
} from './webauthn';

/**
 * The browser half of security keys and passkeys: a lazy chunk (`import()` it when a key action
 * starts, or when a screen that offers a key mounts), so the sign-in screen never carries it.
 * Every failure leaves here as a `KeyError` or the `ApiError` of the options request.
 */

export function keysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** The browser's failure, in the few words a person can act on. */
export function toKeyError(error: unknown): KeyError {
  if (error instanceof KeyError) return error;
  const code = error instanceof WebAuthnError ? error.code : undefined;
  // A DOMException is not an Error everywhere (older engines, jsdom): read its name as data.
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError')
    return new KeyError('webauthn_already_registered', error);
  // Dismissed, timed out or aborted: the browser does not tell these apart, on purpose.
  if (code === 'ERROR_CEREMONY_ABORTED' || name === 'NotAllowedError' || name === 'AbortError')
    return new KeyError('key_cancelled', error);
  return new KeyError('key_failed', error);
}

const userVerifications: readonly UserVerificationRequirement[] = [
  'discouraged',
  'preferred',
  'required',
];

/** The contract keeps `userVerification` a string; the browser takes the values it knows. */
function requestOptionsJSON(
  options: AuthenticationOptionsResponse['options'],
): PublicKeyCredentialRequestOptionsJSON {
  return {
    ...options,
    userVerification: userVerifications.find((known) => known === options.userVerification),
  };
}

async function ceremony<T>(run: () => Promise<T>): Promise<T> {
  if (!keysSupported()) throw new KeyError('key_unsupported');
  try {
    return await run();
  } catch (error) {
    throw toKeyError(error);
  }
}

/** `navigator.credentials.create()` with the server's options; the answer, as the contract has it. */
export async function createKey(
  getOptions: () => Promise<RegistrationOptionsResponse>,
): Promise<RegistrationCredential> {
  if (!keysSupported()) throw new KeyError('key_unsupported');
  const { options } = await getOptions();
  const answer = await ceremony(() => startRegistration({ optionsJSON: options }));
  const parsed = registrationCredentialSchema.safeParse(answer);
  if (!parsed.success) throw new KeyError('key_failed', parsed.error);
  return parsed.data;
}

/** `navigator.credentials.get()` with the server's options (sign-in or re-authentication). */
export async function answerWithKey(
  getOptions: () => Promise<AuthenticationOptionsResponse>,
): Promise<AuthenticationCredential> {
  if (!keysSupported()) throw new KeyError('key_unsupported');
  const { options } = await getOptions();
  const answer = await ceremony(() =>
    startAuthentication({ optionsJSON: requestOptionsJSON(options) }),
  );
  const parsed = authenticationCredentialSchema.safeParse(answer);
  if (!parsed.success) throw new KeyError('key_failed', parsed.error);
  return parsed.data;
}
