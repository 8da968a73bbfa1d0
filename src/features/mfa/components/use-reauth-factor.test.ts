import { describe, expect, it } from 'vitest';
import type { Factor } from '#src/api/factors';
import { reauthModes } from './use-reauth-factor';

const factor = (
  type: Factor['type'],
  lastUsedAt: string | null,
  createdAt = '2026-01-01T00:00:00.000Z',
): Factor => ({
  id: `fct_${type}_${lastUsedAt ?? createdAt}`,
  type,
  name: type,
  createdAt,
  lastUsedAt,
});

describe('reauthModes', () => {
  it('starts with the kind used most recently, and offers every other', () => {
    const app = factor('totp', '2026-03-01T10:00:00.000Z');
    const key = factor('passkey', '2026-03-02T10:00:00.000Z');
    expect(reauthModes([app, key], 'supported')).toEqual({
      modes: ['key', 'code', 'recovery'],
      preferred: 'key',
      keyUnavailable: false,
    });
    const newerApp = factor('totp', '2026-03-03T10:00:00.000Z');
    expect(reauthModes([newerApp, key], 'supported').preferred).toBe('code');
  });

  it('counts a factor never used by when it was added', () => {
    const key = factor('security_key', null, '2026-03-05T00:00:00.000Z');
    expect(
      reauthModes([factor('totp', '2026-03-04T00:00:00.000Z'), key], 'checking').preferred,
    ).toBe('key');
  });

  it('lets a key-only account confirm with the key or a recovery code, never a code', () => {
    expect(reauthModes([factor('passkey', null)], 'supported')).toEqual({
      modes: ['key', 'recovery'],
      preferred: 'key',
      keyUnavailable: false,
    });
  });

  it('leaves the key out where the browser cannot use it, and says so', () => {
    expect(reauthModes([factor('passkey', null)], 'unsupported')).toEqual({
      modes: ['recovery'],
      preferred: 'recovery',
      keyUnavailable: true,
    });
    const both = [factor('totp', null), factor('security_key', '2026-03-09T00:00:00.000Z')];
    expect(reauthModes(both, 'unsupported').preferred).toBe('code');
  });

  it('reads a list not yet loaded as one app, as before keys existed', () => {
    expect(reauthModes(undefined, 'unsupported')).toEqual({
      modes: ['code', 'recovery'],
      preferred: 'code',
      keyUnavailable: false,
    });
  });
});
