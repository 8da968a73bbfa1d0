import { describe, expect, it } from 'vitest';
import { pickMethods } from './method-picker';

describe('pickMethods', () => {
  it("keeps the server's order (most recently used first) and ends with the recovery code", () => {
    expect(pickMethods(['webauthn', 'totp'], 'supported')).toEqual({
      offered: ['webauthn', 'totp', 'recovery_code'],
      first: 'webauthn',
      keyUnavailable: false,
    });
    expect(pickMethods(['totp', 'webauthn'], 'supported').first).toBe('totp');
  });

  it('keeps the key on offer while support is being checked (the button shows progress)', () => {
    expect(pickMethods(['webauthn'], 'checking').offered).toEqual(['webauthn', 'recovery_code']);
  });

  it('lets a key-only account answer with the key or a recovery code, never a code', () => {
    expect(pickMethods(['webauthn'], 'supported')).toEqual({
      offered: ['webauthn', 'recovery_code'],
      first: 'webauthn',
      keyUnavailable: false,
    });
  });

  it('leaves the key out where the browser cannot use it, and says so', () => {
    expect(pickMethods(['webauthn'], 'unsupported')).toEqual({
      offered: ['recovery_code'],
      first: 'recovery_code',
      keyUnavailable: true,
    });
    expect(pickMethods(['webauthn', 'totp'], 'unsupported').first).toBe('totp');
  });

  it('reads a list not yet loaded, or empty, as one app, as before keys existed', () => {
    const oneApp = { offered: ['totp', 'recovery_code'], first: 'totp', keyUnavailable: false };
    expect(pickMethods(undefined, 'unsupported')).toEqual(oneApp);
    expect(pickMethods([], 'supported')).toEqual(oneApp);
  });
});
