import { describe, expect, it } from 'vitest';
import type { Challenge } from '#src/api/auth';
import { pickMethods } from '#src/components/method-picker';
import { backFromRecoveryKey, instructionsKey } from './second-factor-offers';

const mfa = (methods?: Challenge['methods']): Challenge => ({
  id: 'chl_1',
  type: 'mfa',
  expiresAt: '2030-01-01T00:00:00.000Z',
  methods,
});

describe('the second-factor step', () => {
  it('offers a key-only account the key and no code field', () => {
    const pick = pickMethods(['webauthn'], 'supported');
    expect(pick.offered).toEqual(['webauthn', 'recovery_code']);
    expect(instructionsKey(mfa(['webauthn']), pick)).toBe('key-sign-in:instructionsKey');
    expect(backFromRecoveryKey(pick)).toBe('key-sign-in:useKeyInstead');
  });

  it('drops the key where the browser cannot use one, and words the rest accordingly', () => {
    const both = pickMethods(['webauthn', 'totp'], 'unsupported');
    expect(both.keyUnavailable).toBe(true);
    expect(instructionsKey(mfa(['webauthn', 'totp']), both)).toBe('verify:instructionsTotp');
    const keyOnly = pickMethods(['webauthn'], 'unsupported');
    expect(instructionsKey(mfa(['webauthn']), keyOnly)).toBe('key-sign-in:unsupportedKeyOnly');
    // Only the recovery code is left: its field has no way "back".
    expect(backFromRecoveryKey(keyOnly)).toBeNull();
  });

  it('reads an email challenge (no methods listed) as the code field', () => {
    const email: Challenge = { ...mfa(), type: 'email', maskedEmail: 'a•••@x.io' };
    const pick = pickMethods(email.methods, 'supported');
    expect(pick.offered).toEqual(['totp', 'recovery_code']);
    expect(instructionsKey(email, pick)).toBe('verify:instructionsEmail');
  });

  it('words the instructions and the way back from a recovery code by what is on offer', () => {
    const keyFirst = pickMethods(['webauthn', 'totp'], 'supported');
    const codeFirst = pickMethods(['totp', 'webauthn'], 'supported');
    expect(instructionsKey(mfa(), keyFirst)).toBe('key-sign-in:instructionsKeyFirst');
    expect(instructionsKey(mfa(), codeFirst)).toBe('key-sign-in:instructionsCodeFirst');
    expect(backFromRecoveryKey(keyFirst)).toBe('key-sign-in:useKeyOrApp');
    expect(backFromRecoveryKey(pickMethods(['totp'], 'supported'))).toBe('verify:useApp');
  });
});
