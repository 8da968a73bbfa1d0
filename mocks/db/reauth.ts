import type { DisableMfaResponse, RegenerateRecoveryCodesResponse } from '#src/api/mfa';
import { mfaStatusView } from './accounts';
import { now } from './clock';
import type { Client } from './device';
import { recordFailedAttempt, recordSecurityEvent } from './security-log';
import { verifyPassword } from './password';
import { issueRecoveryCodes } from './recovery-codes';
import { signOutOthersNow } from './session-list';
import { fail, type Result, ok } from './result';
import { hasMfa } from './factors';
import type { SessionRecord, Store, UserRecord } from './schema';
import { answerKeyChallenge } from './key-factors';
import {
  throttledAttempt,
  toSecondFactor,
  verifyAuthenticator,
  attempted,
  confirmedWith,
  type FactorInput,
  type Verified,
} from './second-factor';

export type ReauthInput = { password: string } & FactorInput;
/** "Also sign out my other sessions" (absent: no). */
type SignOutChoice = { signOutOtherSessions?: boolean | undefined };

/**
 * SEC-14: a session alone is not enough to weaken the account; the password and a second factor
 * are asked again, and every wrong one counts toward the throttle (SEC-8).
 */
export async function reauthenticate(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  input: ReauthInput,
  client: Client,
): Promise<Result<Verified>> {
  if (!hasMfa(user)) return fail('mfa_not_enabled');
  const at = now();
  const owner = { purpose: 'reauth', ownerId: session.id, userId: user.id } as const;
  const factor = toSecondFactor(input, (credential) =>
    answerKeyChallenge(store, user, owner, credential, at),
  );
  const result = await throttledAttempt(user, at, async () => {
    // A wrong password stops here, before a code or a key's challenge could be spent.
    if (!(await verifyPassword(input.password, user.password))) return fail('invalid_password');
    return verifyAuthenticator(user, factor, at);
  });
  if (!result.ok) recordFailedAttempt(store, user, client, result.failure.code, attempted(input));
  return result;
}

/** SEC-15: the secret, the last step and every recovery code go at once. */
export async function disableMfa(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  input: ReauthInput & SignOutChoice,
  client: Client,
): Promise<Result<DisableMfaResponse>> {
  const auth = await reauthenticate(store, user, session, input, client);
  if (!auth.ok) return auth;
  user.mfa = { factors: [], enabledAt: null, lastUsedAt: null, recoveryCodeHashes: [] };
  user.enrollment = null;
  recordSecurityEvent(store, user, client, 'mfa_disabled', { factor: confirmedWith(auth.value) });
  const signedOut = input.signOutOtherSessions ? signOutOthersNow(store, user, session, client) : 0;
  return ok({ mfa: mfaStatusView(user), signedOut });
}

/** SEC-18: the old set is void the moment the new one exists. */
export async function regenerateRecoveryCodes(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  input: ReauthInput & SignOutChoice,
  client: Client,
): Promise<Result<RegenerateRecoveryCodesResponse>> {
  const auth = await reauthenticate(store, user, session, input, client);
  if (!auth.ok) return auth;
  const recoveryCodes = await issueRecoveryCodes(user);
  recordSecurityEvent(store, user, client, 'recovery_codes_regenerated', {
    factor: confirmedWith(auth.value),
  });
  const signedOut = input.signOutOtherSessions ? signOutOthersNow(store, user, session, client) : 0;
  return ok({ mfa: mfaStatusView(user), recoveryCodes, signedOut });
}
