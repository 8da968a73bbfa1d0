import type { Challenge } from '#src/api/auth';
import type { User } from '#src/api/user';
import { findUserByEmail, userView } from './accounts';
import { challengeView, consumeChallenge, createChallenge, findChallenge } from './challenges';
import { now } from './clock';
import { constantTimeEqual, sha256Hex } from './crypto';
import type { Client } from './device';
import { recordFailedAttempt, recordSecurityEvent } from './security-log';
import { burnPasswordWork, verifyPassword } from './password';
import {
  checkPasswordThrottle,
  recordPasswordFailure,
  recordPasswordSuccess,
} from './password-throttle';
import { fail, ok, type Result } from './result';
import type { ChallengeRecord, Store } from './schema';
import { answerKeyChallenge } from './key-factors';
import {
  throttledAttempt,
  toSecondFactor,
  verifyAuthenticator,
  attempted,
  confirmedWith,
  methodOnly,
  type FactorInput,
  type Verified,
} from './second-factor';
import { createSession } from './sessions';

/**
 * The password step. It never creates a session (SEC-11): it answers with a challenge for the
 * second factor, and unknown accounts look exactly like wrong passwords (SEC-20), down to the
 * rate limit, which counts per submitted email and per client address and never locks.
 */
export async function signIn(
  store: Store,
  email: string,
  password: string,
  address: string,
  client: Client,
): Promise<Result<Challenge>> {
  const at = now();
  const user = findUserByEmail(store, email);
  const gate = checkPasswordThrottle(store, email, address, at);
  if (!gate.ok) {
    if (user) recordFailedAttempt(store, user, client, 'too_many_attempts', null);
    return gate;
  }
  const valid = user
    ? await verifyPassword(password, user.password)
    : await burnPasswordWork(password);
  if (!user || !valid) {
    recordPasswordFailure(store, email, address, at);
    // Only an existing account has a log; an unknown email leaves no trace to read (SEC-20).
    if (user) recordFailedAttempt(store, user, client, 'invalid_credentials', null);
    return fail('invalid_credentials');
  }
  recordPasswordSuccess(store, email);
  return ok(challengeView(await createChallenge(store, user), user));
}

export type VerifyInput = { challengeId: string } & FactorInput;

async function checkEmailCode(challenge: ChallengeRecord, code: string): Promise<Result<Verified>> {
  if (challenge.type !== 'email') return fail('challenge_invalid');
  const matches = constantTimeEqual(await sha256Hex(code), challenge.codeHash);
  return matches ? ok({ viaRecoveryCode: false, factor: null }) : fail('invalid_code');
}

/** The second step: on success the challenge is spent and a fresh session starts. */
export async function verifyChallenge(
  store: Store,
  input: VerifyInput,
  client: Client,
  previousSessionId: string | undefined,
): Promise<Result<{ user: User; sessionId: string }>> {
  const found = findChallenge(store, input.challengeId);
  if (!found.ok) return found;
  const { challenge, user } = found.value;
  const at = now();
  const owner = { purpose: 'sign_in', ownerId: challenge.id, userId: user.id } as const;
  const factor = toSecondFactor(input, (credential) =>
    answerKeyChallenge(store, user, owner, credential, at),
  );
  // An emailed code is the only answer to an email challenge.
  if (challenge.type === 'email' && !('code' in factor)) {
    return fail('invalid_request', {
      fields: ['recoveryCode' in factor ? 'recoveryCode' : 'credential'],
    });
  }
  const verified = await throttledAttempt(user, at, () =>
    'code' in factor && challenge.type === 'email'
      ? checkEmailCode(challenge, factor.code)
      : verifyAuthenticator(user, factor, at),
  );
  if (!verified.ok) {
    const tried = challenge.type === 'email' ? methodOnly('email') : attempted(input);
    recordFailedAttempt(store, user, client, verified.failure.code, tried);
    return verified;
  }
  consumeChallenge(store, challenge.id);
  if (verified.value.viaRecoveryCode)
    recordSecurityEvent(store, user, client, 'recovery_code_used');
  recordSecurityEvent(store, user, client, 'signed_in', { factor: confirmedWith(verified.value) });
  const session = createSession(store, user.id, client, previousSessionId);
  return ok({ user: userView(user), sessionId: session.id });
}
