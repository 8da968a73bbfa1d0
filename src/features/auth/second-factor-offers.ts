import type { Challenge } from '#src/api/auth';
import type { MethodPick } from '#src/components/method-picker';

/** The sentence above the offers, as a message key (`auth:` or `key-sign-in:`). */
export function instructionsKey(challenge: Challenge, pick: MethodPick): string {
  if (challenge.type === 'email')
    return challenge.maskedEmail ? 'verify:instructionsEmail' : 'verify:instructionsEmailUnknown';
  const [first, second] = pick.offered;
  if (first === 'webauthn')
    return second === 'totp' ? 'key-sign-in:instructionsKeyFirst' : 'key-sign-in:instructionsKey';
  if (second === 'webauthn') return 'key-sign-in:instructionsCodeFirst';
  if (first === 'totp') return 'verify:instructionsTotp';
  return 'key-sign-in:unsupportedKeyOnly';
}

/** The link back from the recovery-code field names what it goes back to. */
export function backFromRecoveryKey(pick: MethodPick): string | null {
  const hasKey = pick.offered.includes('webauthn');
  const hasCode = pick.offered.includes('totp');
  if (hasKey && hasCode) return 'key-sign-in:useKeyOrApp';
  if (hasKey) return 'key-sign-in:useKeyInstead';
  if (hasCode) return 'verify:useApp';
  return null;
}
