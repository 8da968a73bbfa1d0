import { vi } from 'vitest';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** What `navigator.credentials.get()` resolves with, as far as `@simplewebauthn/browser` reads it. */
export function fakeAssertion(id = 'a2V5LTE') {
  return {
    id,
    rawId: bytes('key-1'),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: {
      authenticatorData: bytes('authenticator-data'),
      clientDataJSON: bytes('{"type":"webauthn.get"}'),
      signature: bytes('signature'),
      userHandle: bytes('usr_bob'),
    },
    getClientExtensionResults: () => ({}),
  };
}

/**
 * A browser with WebAuthn (jsdom has none): `PublicKeyCredential` exists and
 * `navigator.credentials.get()` does what `get` says. Undo with `vi.unstubAllGlobals()` and
 * `removeFakeBrowserKey()`.
 */
export function fakeBrowserKey(get: () => Promise<unknown>) {
  vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
  const credentials = { get: vi.fn(get), create: vi.fn() };
  Object.defineProperty(navigator, 'credentials', { value: credentials, configurable: true });
  return credentials;
}

export function removeFakeBrowserKey() {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
}

/** The DOMException a browser throws when its prompt is dismissed, times out or the check fails. */
export const notAllowed = () =>
  new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
