import type { Challenge } from '#src/api/auth';
import type { KeySupport } from '#src/api/key-support';

/** What the second-factor step can offer besides a recovery code: a key, or a 6-digit code. */
type Offer = 'key' | 'code';

export type Offers = {
  /** In the order shown: the account's most recently used kind first. */
  order: Offer[];
  /** The account has a key, but this browser cannot use one: say so rather than show a dead button. */
  keyUnavailable: boolean;
};

/**
 * Reads the challenge's `factors` (kinds the account has, most recently used first). An email
 * challenge, or a backend that does not list kinds, means the code field as before.
 */
export function secondFactorOffers(challenge: Challenge, support: KeySupport): Offers {
  if (challenge.method === 'email') return { order: ['code'], keyUnavailable: false };
  const kinds = challenge.factors?.length ? challenge.factors : ['totp' as const];
  const listed = [
    ...new Set(kinds.map((kind): Offer => (kind === 'security_key' ? 'key' : 'code'))),
  ];
  const keyUnavailable = listed.includes('key') && support === 'unsupported';
  return {
    order: keyUnavailable ? listed.filter((offer) => offer !== 'key') : listed,
    keyUnavailable,
  };
}

/** The sentence above the offers, as a message key (`auth:` or `key-sign-in:`). */
export function instructionsKey(challenge: Challenge, offers: Offers): string {
  if (challenge.method === 'email')
    return challenge.maskedEmail
      ? 'auth:verify.instructionsEmail'
      : 'auth:verify.instructionsEmailUnknown';
  const [first, second] = offers.order;
  if (first === 'key')
    return second ? 'key-sign-in:instructionsKeyFirst' : 'key-sign-in:instructionsKey';
  if (second === 'key') return 'key-sign-in:instructionsCodeFirst';
  if (first === 'code') return 'auth:verify.instructionsTotp';
  return 'key-sign-in:unsupportedKeyOnly';
}

/** The link back from the recovery-code field names what it goes back to. */
export function backFromRecoveryKey(offers: Offers): string | null {
  const hasKey = offers.order.includes('key');
  const hasCode = offers.order.includes('code');
  if (hasKey && hasCode) return 'key-sign-in:useKeyOrApp';
  if (hasKey) return 'key-sign-in:useKeyInstead';
  if (hasCode) return 'auth:verify.useAuthenticator';
  return null;
}
