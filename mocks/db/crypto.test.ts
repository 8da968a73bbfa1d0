import fc from 'fast-check';
import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatRecoveryCode, recoveryCodeSchema, totpCodeSchema } from '#src/api/codes';
import { recoveryCodesSchema } from '#src/api/codes';
import {
  constantTimeEqual,
  encodeBase32,
  fromBase64Url,
  generateEmailCode,
  generateRecoveryCode,
  generateTotpSecret,
  randomId,
  sha256Hex,
  toBase64Url,
} from './crypto';

const SECRET_FORMAT = /^[A-Z2-7]{32}$/;

describe('TOTP secrets (SEC-1)', () => {
  it('are 32 base32 characters and 1,000 of them never repeat', () => {
    const secrets = Array.from({ length: 1000 }, generateTotpSecret);
    for (const secret of secrets) expect(secret).toMatch(SECRET_FORMAT);
    expect(new Set(secrets).size).toBe(1000);
  });

  it('decode to 20 bytes', () => {
    expect(Secret.fromBase32(generateTotpSecret()).bytes).toHaveLength(20);
  });

  it('encode any 20 bytes without padding, and decode back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const copy = new Uint8Array(bytes);
        const encoded = encodeBase32(copy);
        expect(encoded).toMatch(SECRET_FORMAT);
        expect([...Secret.fromBase32(encoded).bytes]).toEqual([...bytes]);
      }),
    );
  });
});

describe('email codes', () => {
  it('are six ASCII digits that pass the contract rule', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateEmailCode();
      expect(code).toMatch(/^[0-9]{6}$/);
      expect(z.safeParse(totpCodeSchema, code).success).toBe(true);
    }
  });

  it('reject draws at or above the largest multiple of 10^6 instead of wrapping (no modulo bias)', () => {
    const draws = [4_294_967_295, 4_294_000_000, 4_293_999_999];
    expect(generateEmailCode(() => draws.shift() ?? 0)).toBe('999999');
    expect(draws).toEqual([]);
    expect(generateEmailCode(() => 42)).toBe('000042');
  });
});

describe('recovery codes', () => {
  it('are 10 characters from the 32-letter alphabet and pass the contract rules (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), () => {
        const code = generateRecoveryCode();
        expect(code).toMatch(/^[a-km-np-z2-9]{10}$/);
        expect(z.parse(recoveryCodeSchema, formatRecoveryCode(code))).toBe(code);
      }),
    );
    const set = Array.from({ length: 10 }, () => formatRecoveryCode(generateRecoveryCode()));
    expect(z.safeParse(recoveryCodesSchema, set).success).toBe(true);
  });
});

describe('ids', () => {
  it('carry 128 random bits in base64url', () => {
    const ids = Array.from({ length: 100 }, () => randomId('ses_'));
    for (const id of ids) expect(id).toMatch(/^ses_[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(100);
  });
});

describe('base64url', () => {
  it('round-trips any bytes (stored key material) and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect([...fromBase64Url(text)]).toEqual([...bytes]);
      }),
    );
  });
});

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    await expect(sha256Hex('abc')).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('constantTimeEqual (SEC-9)', () => {
  it('agrees with === on any pair of strings (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
      }),
    );
  });

  it('does not mistake a prefix or a NUL-padded string for a match', () => {
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('abc\u0000', 'abc')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
