import { Secret, TOTP } from 'otpauth';

/** The code a real authenticator app shows for `secret` at `time` (RFC 6238, SHA1/6/30). */
export function totpCode(secret: string, time: Date | number): string {
  const totp = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return totp.generate({ timestamp: typeof time === 'number' ? time : time.getTime() });
}

/** Bob's published key (RFC 6238's test key), as the README lists it. */
export const BOB_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
