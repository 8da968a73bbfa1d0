// @vitest-environment jsdom
import { WebAuthnError } from '@simplewebauthn/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isKeyError, KeyError } from './key-error';
import { answerWithKey, createKey, toKeyError } from './webauthn-ceremony';
import {
  fakeAssertion,
  fakeBrowserKey,
  notAllowed,
  removeFakeBrowserKey,
} from './webauthn-test-utils';

const options = {
  options: { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost', userVerification: 'preferred' },
};

afterEach(removeFakeBrowserKey);

describe('toKeyError', () => {
  const webauthn = (code: WebAuthnError['code'], name: string) =>
    new WebAuthnError({ message: 'x', code, cause: new DOMException('x', name) });

  it.each([
    [
      webauthn('ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED', 'InvalidStateError'),
      'webauthn_already_registered',
    ],
    [webauthn('ERROR_CEREMONY_ABORTED', 'AbortError'), 'key_cancelled'],
    [webauthn('ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'NotAllowedError'), 'key_cancelled'],
    [notAllowed(), 'key_cancelled'],
    [new DOMException('x', 'AbortError'), 'key_cancelled'],
    [webauthn('ERROR_AUTHENTICATOR_GENERAL_ERROR', 'UnknownError'), 'key_failed'],
    [webauthn('ERROR_INVALID_RP_ID', 'SecurityError'), 'key_failed'],
    [new TypeError('broken'), 'key_failed'],
    ['not even an error', 'key_failed'],
  ])('%s → %s', (error, code) => {
    expect(toKeyError(error).code).toBe(code);
  });

  it('keeps a KeyError as it is', () => {
    const error = new KeyError('key_unsupported');
    expect(toKeyError(error)).toBe(error);
  });
});

describe('the browser ceremony', () => {
  it('says "unsupported" without asking the server for options when WebAuthn is missing', async () => {
    const getOptions = vi.fn(() => Promise.resolve(options));
    await expect(answerWithKey(getOptions)).rejects.toSatisfy((error) =>
      isKeyError(error, 'key_unsupported'),
    );
    await expect(createKey(() => Promise.reject(new Error('must not be asked')))).rejects.toSatisfy(
      (error) => isKeyError(error, 'key_unsupported'),
    );
    expect(getOptions).not.toHaveBeenCalled();
  });

  it("returns the key's answer in the contract's shape", async () => {
    const credentials = fakeBrowserKey(() => Promise.resolve(fakeAssertion()));
    const credential = await answerWithKey(() => Promise.resolve(options));
    expect(credential).toMatchObject({
      id: 'a2V5LTE',
      rawId: 'a2V5LTE',
      type: 'public-key',
      response: { signature: 'c2lnbmF0dXJl', userHandle: 'dXNyX2JvYg' },
      clientExtensionResults: {},
    });
    expect(credentials.get).toHaveBeenCalledTimes(1);
  });

  it('turns a dismissed prompt into "cancelled"', async () => {
    fakeBrowserKey(() => Promise.reject(notAllowed()));
    await expect(answerWithKey(() => Promise.resolve(options))).rejects.toSatisfy((error) =>
      isKeyError(error, 'key_cancelled'),
    );
  });

  it('refuses an answer the contract does not accept', async () => {
    fakeBrowserKey(() => Promise.resolve({ ...fakeAssertion(), id: 'not base64url!' }));
    await expect(answerWithKey(() => Promise.resolve(options))).rejects.toSatisfy((error) =>
      isKeyError(error, 'key_failed'),
    );
  });
});
