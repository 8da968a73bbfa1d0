import { RECOVERY_CODE_COUNT, formatRecoveryCode } from '#src/api/codes';
import { constantTimeEqual, generateRecoveryCode, sha256Hex } from './crypto';
import type { UserRecord } from './schema';

/** Recovery codes are hashed in their normalised form (no dash, lower case). */
export function hashRecoveryCode(normalised: string): Promise<string> {
  return sha256Hex(normalised);
}

/**
 * A new set replaces the old one entirely (SEC-18). Only hashes are stored (SEC-17); the plain
 * codes exist once, in the response that shows them (SEC-16).
 */
export async function issueRecoveryCodes(user: UserRecord): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(generateRecoveryCode());
  user.mfa.recoveryCodeHashes = await Promise.all([...codes].map(hashRecoveryCode));
  return [...codes].map(formatRecoveryCode);
}

/** True and the code is gone when it matched one of the unused codes (each works once). */
export async function consumeRecoveryCode(user: UserRecord, normalised: string): Promise<boolean> {
  const candidate = await hashRecoveryCode(normalised);
  let found = -1;
  // Look at every stored hash, so timing does not tell which position matched.
  user.mfa.recoveryCodeHashes.forEach((hash, index) => {
    if (constantTimeEqual(hash, candidate)) found = index;
  });
  if (found < 0) return false;
  user.mfa.recoveryCodeHashes.splice(found, 1);
  return true;
}
