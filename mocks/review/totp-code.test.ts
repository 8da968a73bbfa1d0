import { describe, expect, it } from 'vitest';
import { authenticatorCode, groupCode } from './totp-code';

// RFC 6238 appendix B, SHA1 key, last six digits of each 8-digit vector.
const rfcKey = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('authenticatorCode', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(authenticatorCode(rfcKey, 59_000).code).toBe('287082');
    expect(authenticatorCode(rfcKey, 1_111_111_109_000).code).toBe('081804');
    expect(authenticatorCode(rfcKey, 1_234_567_890_000).code).toBe('005924');
  });

  it('counts the seconds left in the 30-second step', () => {
    expect(authenticatorCode(rfcKey, 0).secondsLeft).toBe(30);
    expect(authenticatorCode(rfcKey, 59_000).secondsLeft).toBe(1);
    expect(authenticatorCode(rfcKey, 61_500).secondsLeft).toBe(29);
  });

  it('groups the digits like an app', () => {
    expect(groupCode('081804')).toBe('081 804');
  });
});
