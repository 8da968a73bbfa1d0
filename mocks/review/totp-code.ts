import { Secret, TOTP } from 'otpauth';
import { CODE_DIGITS } from '#src/api/codes';

const PERIOD = 30;

/** What an authenticator app shows for `secret` at `timestamp` (SHA1, 6 digits, 30 s). */
export function authenticatorCode(secret: string, timestamp: number) {
  const code = TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: CODE_DIGITS,
    period: PERIOD,
    timestamp,
  });
  const secondsLeft = PERIOD - (Math.floor(timestamp / 1000) % PERIOD);
  return { code, secondsLeft };
}

/** "123 456", as authenticator apps group the digits. */
export function groupCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
