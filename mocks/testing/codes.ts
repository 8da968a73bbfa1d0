import { Secret, TOTP } from 'otpauth';

// The one home for the codes tests type: handler tests, contract tests and e2e journeys alike.
// It imports nothing but otpauth, so Vitest (Node, jsdom) and Playwright can all load it.

const STEP_MS = 30_000;
/** The mock reports codes up to 20 steps away as clock skew; one step more to be sure. */
const NEAR_STEPS = 21;

/** The code an authenticator app shows for `secret` at `atMs` (RFC 6238: SHA1, 6 digits, 30 s). */
export function totpAt(secret: string, atMs: number | Date): string {
  const timestamp = typeof atMs === 'number' ? atMs : atMs.getTime();
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
}

/**
 * `count` different 6-digit codes that no step within ±21 of `atMs` shows for any of `secrets`:
 * wrong, not merely skewed or replayed, even if a code happens to start with zeros.
 */
export function wrongTotpCodes(
  secrets: string | readonly string[],
  atMs: number | Date,
  count: number,
): string[] {
  const at = typeof atMs === 'number' ? atMs : atMs.getTime();
  const near = new Set(
    [secrets]
      .flat()
      .flatMap((secret) =>
        Array.from({ length: 2 * NEAR_STEPS + 1 }, (_, i) =>
          totpAt(secret, at + (i - NEAR_STEPS) * STEP_MS),
        ),
      ),
  );
  const codes: string[] = [];
  for (let candidate = 0; codes.length < count; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!near.has(code)) codes.push(code);
  }
  return codes;
}

/** One code that is wrong for every one of `secrets` at `atMs` (see `wrongTotpCodes`). */
export function wrongTotpAt(secrets: string | readonly string[], atMs: number | Date): string {
  return wrongTotpCodes(secrets, atMs, 1)[0] ?? '';
}

/** Well formed (`xxxxx-xxxxx`, the right alphabet) but issued to nobody: 50 random bits never are. */
export const unknownRecoveryCode = 'aaaaa-aaaaa';
