import { execFileSync } from 'node:child_process';
import { Secret, TOTP, URI } from 'otpauth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bobTotpSecret } from './seed';
import { buildOtpauthUri, checkTotp, mfaIssuer, timeStep } from './totp';

const key = Secret.fromBase32(bobTotpSecret);
const codeAt = (seconds: number) => TOTP.generate({ secret: key, timestamp: seconds * 1000 });

function oathtool(seconds: number): string | null {
  try {
    return execFileSync('oathtool', ['--totp', '-b', '-N', `@${seconds}`, bobTotpSecret])
      .toString()
      .trim();
  } catch {
    return null;
  }
}

describe('RFC 6238 SHA1 vectors (6 digits, checked with oathtool)', () => {
  // RFC 6238 Appendix B lists 8 digits (94287082 at 59 s); the last six are the 6-digit code.
  it.each([
    [59, '287082'],
    [1_111_111_109, '081804'],
    [1_234_567_890, '005924'],
    [2_000_000_000, '279037'],
  ])('at %i s the code is %s', (seconds, code) => {
    expect(codeAt(seconds)).toBe(code);
    expect(checkTotp(bobTotpSecret, code, null, seconds * 1000)).toEqual({
      ok: true,
      step: timeStep(seconds * 1000),
    });
  });

  it.runIf(oathtool(59) !== null)('agree with oathtool at other times', () => {
    for (const seconds of [30, 1_700_000_000, 1_772_445_605])
      expect(codeAt(seconds)).toBe(oathtool(seconds));
  });
});

describe('checkTotp', () => {
  const at = 1_772_445_605_000; // 2026-03-02T10:00:05Z, 5 s into a step
  const stepNow = timeStep(at);
  const code = (steps: number) => TOTP.generate({ secret: key, timestamp: at + steps * 30_000 });

  it('accepts T-1, T and T+1 and reports the step (SEC-5)', () => {
    for (const steps of [-1, 0, 1]) {
      expect(checkTotp(bobTotpSecret, code(steps), null, at)).toEqual({
        ok: true,
        step: stepNow + steps,
      });
    }
  });

  it('reports T±2 up to T±20 as clock skew in whole minutes, + when the device is ahead', () => {
    const skew = (steps: number) => checkTotp(bobTotpSecret, code(steps), null, at);
    expect(skew(2)).toEqual({ ok: false, code: 'clock_skew', skewMinutes: 1 });
    expect(skew(-2)).toEqual({ ok: false, code: 'clock_skew', skewMinutes: -1 });
    expect(skew(3)).toEqual({ ok: false, code: 'clock_skew', skewMinutes: 2 });
    expect(skew(-20)).toEqual({ ok: false, code: 'clock_skew', skewMinutes: -10 });
    expect(skew(20)).toEqual({ ok: false, code: 'clock_skew', skewMinutes: 10 });
  });

  it('rejects codes from further away and wrong codes', () => {
    expect(checkTotp(bobTotpSecret, code(21), null, at)).toEqual({
      ok: false,
      code: 'invalid_code',
    });
    expect(checkTotp(bobTotpSecret, code(-21), null, at)).toEqual({
      ok: false,
      code: 'invalid_code',
    });
    const wrong = String((Number(code(0)) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotp(bobTotpSecret, wrong, null, at).ok).toBe(false);
  });

  it('rejects any step at or before the last accepted one (SEC-7)', () => {
    expect(checkTotp(bobTotpSecret, code(0), stepNow, at)).toEqual({
      ok: false,
      code: 'code_already_used',
    });
    expect(checkTotp(bobTotpSecret, code(-1), stepNow, at)).toEqual({
      ok: false,
      code: 'code_already_used',
    });
    expect(checkTotp(bobTotpSecret, code(1), stepNow, at)).toEqual({ ok: true, step: stepNow + 1 });
  });

  it('calls an already used earlier step a replay rather than skew', () => {
    expect(checkTotp(bobTotpSecret, code(-3), stepNow, at)).toEqual({
      ok: false,
      code: 'code_already_used',
    });
  });

  it('goes through otpauth with the given time, never its default Date.now (SEC-6, SEC-9)', () => {
    const validate = vi.spyOn(TOTP, 'validate');
    checkTotp(bobTotpSecret, code(0), null, at);
    expect(validate).toHaveBeenCalledWith(expect.objectContaining({ timestamp: at, window: 1 }));
  });
});

describe('otpauth URI (Google Key Uri Format)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('has issuer, account, secret, SHA1, 6 digits and 30 s', () => {
    expect(buildOtpauthUri(bobTotpSecret, 'bob@example.com', 'zenConsole')).toBe(
      'otpauth://totp/zenConsole:bob%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' +
        '&issuer=zenConsole&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('strips colons from both label parts and percent-encodes them', () => {
    const uri = buildOtpauthUri(bobTotpSecret, 'odd:name@example.com', 'Acme: Cloud & Co');
    expect(uri.startsWith('otpauth://totp/Acme%20Cloud%20%26%20Co:oddname%40example.com?')).toBe(
      true,
    );
    const parsed = URI.parse(uri);
    expect(parsed).toBeInstanceOf(TOTP);
    expect(parsed.issuer).toBe('Acme Cloud & Co');
    expect(parsed.label).toBe('oddname@example.com');
    expect(parsed.secret.base32).toBe(bobTotpSecret);
  });

  it('takes the issuer from VITE_MFA_ISSUER, defaulting to zenConsole', () => {
    expect(mfaIssuer()).toBe('zenConsole');
    vi.stubEnv('VITE_MFA_ISSUER', 'Acme:Cloud');
    expect(mfaIssuer()).toBe('AcmeCloud');
    vi.stubEnv('VITE_MFA_ISSUER', '  ');
    expect(mfaIssuer()).toBe('zenConsole');
  });
});
