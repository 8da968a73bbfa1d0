import { describe, expect, it } from 'vitest';
import type { Challenge } from '#src/api/auth';
import { backFromRecoveryKey, instructionsKey, secondFactorOffers } from './second-factor-offers';

const totp = (factors?: Challenge['factors']): Challenge => ({
  id: 'chl_1',
  method: 'totp',
  expiresAt: '2030-01-01T00:00:00.000Z',
  factors,
});

describe('secondFactorOffers', () => {
  it('puts the most recently used kind first', () => {
    expect(secondFactorOffers(totp(['security_key', 'totp']), 'supported').order).toEqual([
      'key',
      'code',
    ]);
    expect(secondFactorOffers(totp(['totp', 'security_key']), 'supported').order).toEqual([
      'code',
      'key',
    ]);
  });

  it('offers a key-only account the key and no code field', () => {
    const offers = secondFactorOffers(totp(['security_key']), 'supported');
    expect(offers).toEqual({ order: ['key'], keyUnavailable: false });
    expect(instructionsKey(totp(['security_key']), offers)).toBe('key-sign-in:instructionsKey');
    expect(backFromRecoveryKey(offers)).toBe('key-sign-in:useKeyInstead');
  });

  it('keeps the key on offer while support is being checked (the button shows progress)', () => {
    expect(secondFactorOffers(totp(['security_key']), 'checking').order).toEqual(['key']);
  });

  it('drops the key where the browser cannot use one, and says so', () => {
    const both = secondFactorOffers(totp(['security_key', 'totp']), 'unsupported');
    expect(both).toEqual({ order: ['code'], keyUnavailable: true });
    expect(instructionsKey(totp(['security_key', 'totp']), both)).toBe(
      'auth:verify.instructionsTotp',
    );
    const keyOnly = secondFactorOffers(totp(['security_key']), 'unsupported');
    expect(keyOnly).toEqual({ order: [], keyUnavailable: true });
    expect(instructionsKey(totp(['security_key']), keyOnly)).toBe('key-sign-in:unsupportedKeyOnly');
    // Only the recovery code is left: its field has no way "back".
    expect(backFromRecoveryKey(keyOnly)).toBeNull();
  });

  it('reads a challenge without kinds (an older backend) as an app, and email as email', () => {
    expect(secondFactorOffers(totp(), 'unsupported')).toEqual({
      order: ['code'],
      keyUnavailable: false,
    });
    expect(secondFactorOffers(totp([]), 'supported').order).toEqual(['code']);
    const email: Challenge = {
      ...totp(['security_key']),
      method: 'email',
      maskedEmail: 'a•••@x.io',
    };
    const offers = secondFactorOffers(email, 'supported');
    expect(offers.order).toEqual(['code']);
    expect(instructionsKey(email, offers)).toBe('auth:verify.instructionsEmail');
  });

  it('words the instructions and the way back from a recovery code by what is on offer', () => {
    const keyFirst = secondFactorOffers(totp(['security_key', 'totp']), 'supported');
    const codeFirst = secondFactorOffers(totp(['totp', 'security_key']), 'supported');
    expect(instructionsKey(totp(), keyFirst)).toBe('key-sign-in:instructionsKeyFirst');
    expect(instructionsKey(totp(), codeFirst)).toBe('key-sign-in:instructionsCodeFirst');
    expect(backFromRecoveryKey(keyFirst)).toBe('key-sign-in:useKeyOrApp');
    expect(backFromRecoveryKey(secondFactorOffers(totp(['totp']), 'supported'))).toBe(
      'auth:verify.useAuthenticator',
    );
  });
});
