import { Secret, TOTP } from 'otpauth';
import { CODE_DIGITS } from '#src/api/codes';

const TOTP_ALGORITHM = 'SHA1';
export const TOTP_PERIOD = 30;
/** SEC-5: T-1, T and T+1 are accepted. */
const ACCEPT_WINDOW = 1;
/** Up to 20 steps (10 minutes) either way a match is reported as clock skew, not a wrong code. */
const SKEW_WINDOW = 20;

const DEFAULT_ISSUER = 'zenConsole';

function withoutColons(value: string): string {
  // The label uses ':' to separate issuer and account, so neither part may contain one.
  return value.replace(/:/g, '').trim();
}

/** From `VITE_MFA_ISSUER`; `import.meta.env` does not exist when plain Node runs this. */
export function mfaIssuer(): string {
  const configured: unknown = import.meta.env?.VITE_MFA_ISSUER;
  const issuer = typeof configured === 'string' ? withoutColons(configured) : '';
  return issuer || DEFAULT_ISSUER;
}

/** Google Key Uri Format, parameters in the order authenticator docs show them. */
export function buildOtpauthUri(secret: string, accountName: string, issuer = mfaIssuer()): string {
  const cleanIssuer = withoutColons(issuer);
  const label = `${encodeURIComponent(cleanIssuer)}:${encodeURIComponent(withoutColons(accountName))}`;
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(cleanIssuer)}`,
    `algorithm=${TOTP_ALGORITHM}`,
    `digits=${CODE_DIGITS}`,
    `period=${TOTP_PERIOD}`,
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}

export function timeStep(timestamp: number): number {
  return TOTP.counter({ period: TOTP_PERIOD, timestamp });
}

export type TotpCheck =
  | { ok: true; step: number }
  | { ok: false; code: 'invalid_code' | 'code_already_used' }
  | { ok: false; code: 'clock_skew'; skewMinutes: number };

function findDelta(
  token: string,
  secret: Secret,
  timestamp: number,
  window: number,
): number | null {
  // Always the mock clock's time: a time the client sends is never used (SEC-6).
  return TOTP.validate({
    token,
    secret,
    algorithm: TOTP_ALGORITHM,
    digits: CODE_DIGITS,
    period: TOTP_PERIOD,
    timestamp,
    window,
  });
}

/**
 * Verifies a normalised 6-digit code through otpauth (constant-time inside, SEC-9). A step at or
 * before `lastStep` was used already (SEC-7). Codes from 2–20 steps away are reported as skew so
 * the person can fix the device clock; `skewMinutes` is positive when the device is ahead.
 */
export function checkTotp(
  base32Secret: string,
  token: string,
  lastStep: number | null,
  timestamp: number,
): TotpCheck {
  const secret = Secret.fromBase32(base32Secret);
  // validate() answers 0 for the current step, which is falsy: compare with null.
  let delta = findDelta(token, secret, timestamp, ACCEPT_WINDOW);
  if (delta === null) delta = findDelta(token, secret, timestamp, SKEW_WINDOW);
  if (delta === null) return { ok: false, code: 'invalid_code' };
  const step = timeStep(timestamp) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, code: 'code_already_used' };
  if (Math.abs(delta) > ACCEPT_WINDOW) {
    const minutes = Math.max(1, Math.round(Math.abs(delta) / 2));
    return { ok: false, code: 'clock_skew', skewMinutes: Math.sign(delta) * minutes };
  }
  return { ok: true, step };
}
