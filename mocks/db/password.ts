import { normalizePassword } from '#src/api/password-rules';
import { randomBytes, toBase64Url, constantTimeEqual } from './crypto';

/**
 * PBKDF2-SHA256 through Web Crypto. A real backend would use 600,000 iterations or a memory-hard
 * function; the mock hashes in the page and in every test run, and only has to keep passwords
 * out of storage in plain text, so a modest count keeps sign-in and tests fast.
 */
export const PBKDF2_ITERATIONS = 10_000;

export type PasswordHash = { salt: string; hash: string; iterations: number };

/**
 * Every password is hashed in NFKC (NIST SP 800-63B §5.1.1.2), so the same password typed on
 * another keyboard or input method still matches. Stores need no migration: before this rule
 * only the seed's ASCII passwords could be set, and NFKC leaves ASCII as it is.
 */
async function derive(password: string, salt: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizePassword(password)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
    key,
    256,
  );
  return toBase64Url(new Uint8Array(bits));
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = toBase64Url(randomBytes(16));
  return {
    salt,
    iterations: PBKDF2_ITERATIONS,
    hash: await derive(password, salt, PBKDF2_ITERATIONS),
  };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  return constantTimeEqual(await derive(password, stored.salt, stored.iterations), stored.hash);
}

// A fixed salt for the decoy hash: what matters is that the same work is done.
const DECOY_SALT = 'decoy-salt-for-unknown-accounts';

/**
 * SEC-20: an unknown email costs the same hashing as a known one, so timing does not reveal
 * which accounts exist.
 */
export async function burnPasswordWork(password: string): Promise<false> {
  await derive(password, DECOY_SALT, PBKDF2_ITERATIONS);
  return false;
}
