import type { Challenge } from '#src/api/auth';
import { findUserById } from './accounts';
import { now, toIso } from './clock';
import { generateEmailCode, randomId, sha256Hex } from './crypto';
import { methodsByRecentUse } from './factors';
import { sendMail } from './mailbox';
import { fail, ok, type Result } from './result';
import type { ChallengeRecord, Store, UserRecord } from './schema';
import { mfaIssuer } from './totp';

/** SEC-10: the password step yields a challenge for one account, good once for 5 minutes. */
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
export const RESEND_COOLDOWN_MS = 60 * 1000;
// Expired challenges are kept a while so a late submit hears "expired", not "invalid".
const KEEP_EXPIRED_MS = 60 * 60 * 1000;

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return `${email.slice(0, Math.min(1, at))}•••${email.slice(at)}`;
}

async function mailCode(store: Store, user: UserRecord): Promise<string> {
  const code = generateEmailCode();
  const issuer = mfaIssuer();
  sendMail(store, {
    to: user.email,
    subject: `Your ${issuer} verification code`,
    body: `Your ${issuer} verification code is ${code}. It expires in 5 minutes. If you did not try to sign in, change your password.`,
    code,
  });
  // Only the hash is kept, like a real backend would; the mail is the one copy of the code.
  return sha256Hex(code);
}

export async function createChallenge(store: Store, user: UserRecord): Promise<ChallengeRecord> {
  const at = now();
  store.challenges = store.challenges.filter((c) => c.expiresAt + KEEP_EXPIRED_MS > at);
  const base = { id: randomId('chl_'), userId: user.id, expiresAt: at + CHALLENGE_LIFETIME_MS };
  const challenge: ChallengeRecord =
    user.mfa.factors.length > 0
      ? { ...base, type: 'mfa' }
      : { ...base, type: 'email', codeHash: await mailCode(store, user), lastSentAt: at };
  store.challenges.push(challenge);
  return challenge;
}

export type OpenChallenge = { challenge: ChallengeRecord; user: UserRecord };

export function findChallenge(store: Store, id: string): Result<OpenChallenge> {
  const challenge = store.challenges.find((candidate) => candidate.id === id);
  const user = challenge && findUserById(store, challenge.userId);
  if (!challenge || !user) return fail('challenge_invalid');
  // Issued before MFA was turned on or off (say in another tab): it no longer fits the account,
  // and an email code must never stand in for a newly enabled authenticator.
  const needsAuthenticator = user.mfa.factors.length > 0;
  if ((challenge.type === 'mfa') !== needsAuthenticator) return fail('challenge_invalid');
  if (now() >= challenge.expiresAt) return fail('challenge_expired');
  return ok({ challenge, user });
}

/** Single use: a challenge disappears once its second factor succeeded. */
export function consumeChallenge(store: Store, id: string): void {
  store.challenges = store.challenges.filter((challenge) => challenge.id !== id);
}

export function challengeView(challenge: ChallengeRecord, user: UserRecord): Challenge {
  const view: Challenge = {
    id: challenge.id,
    type: challenge.type,
    expiresAt: toIso(challenge.expiresAt),
  };
  if (challenge.type === 'mfa') view.methods = methodsByRecentUse(user);
  if (challenge.type === 'email') {
    view.maskedEmail = maskEmail(user.email);
    view.resendAvailableAt = toIso(challenge.lastSentAt + RESEND_COOLDOWN_MS);
  }
  return view;
}

/** A fresh email code replaces the old one, at most once a minute. */
export async function resendCode(store: Store, id: string): Promise<Result<Challenge>> {
  const found = findChallenge(store, id);
  if (!found.ok) return found;
  const { challenge, user } = found.value;
  if (challenge.type !== 'email') return fail('not_email_challenge');
  const at = now();
  const availableAt = challenge.lastSentAt + RESEND_COOLDOWN_MS;
  if (at < availableAt) {
    return fail('resend_cooldown', { retryAfter: Math.ceil((availableAt - at) / 1000) });
  }
  challenge.codeHash = await mailCode(store, user);
  challenge.lastSentAt = at;
  return ok(challengeView(challenge, user));
}
