/**
 * What the browser's security-key prompt can end with, apart from the server's answers:
 * dismissed or timed out, no WebAuthn in this browser, the key is already registered here
 * (the browser knows it from `excludeCredentials`), or any other failure of the key. Kept apart
 * from `@simplewebauthn/browser` (a lazy chunk) so screens can describe it without loading it.
 */
export type KeyErrorCode =
  'key_cancelled' | 'key_unsupported' | 'key_failed' | 'webauthn_already_registered';

export class KeyError extends Error {
  readonly code: KeyErrorCode;

  constructor(code: KeyErrorCode, cause?: unknown) {
    super(code, { cause });
    this.name = 'KeyError';
    this.code = code;
  }
}

export function isKeyError(value: unknown, code?: KeyErrorCode): value is KeyError {
  return value instanceof KeyError && (code === undefined || value.code === code);
}
