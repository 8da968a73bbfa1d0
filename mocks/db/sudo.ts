import type { RemoveFactorResponse, SudoResponse } from '#src/api/factors';
import { mfaStatusView } from './accounts';
import { now, toIso } from './clock';
import { SUDO_WINDOW_MS, eventFactorOf, findFactor, sudoActive } from './factors';
import { reauthenticate, type ReauthInput } from './reauth';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import type { Client } from './device';
import { confirmedWith } from './second-factor';
import { recordSecurityEvent } from './security-log';
import { signOutOthersNow } from './session-list';

/**
 * Sudo mode, as on GitHub: the password and a current factor (each wrong one counted, SEC-8)
 * let this session, and only this one, add or remove factors for the next 10 minutes.
 */
export async function startSudo(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  input: ReauthInput,
  client: Client,
): Promise<Result<SudoResponse>> {
  const auth = await reauthenticate(store, user, session, input, client);
  if (!auth.ok) return auth;
  session.sudoUntil = now() + SUDO_WINDOW_MS;
  recordSecurityEvent(store, user, client, 'sudo_entered', { factor: confirmedWith(auth.value) });
  return ok({ sudoUntil: toIso(session.sudoUntil) });
}

/**
 * Removes one factor of several. The last one never goes this way: that is "Disable MFA",
 * with its own warning, so a trash icon cannot quietly turn MFA off. Sudo mode already proved
 * the owner, so "Also sign out my other sessions" (`signOutOthers`) needs nothing more.
 */
export function removeFactor(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  id: string,
  client: Client,
  signOutOthers = false,
): Result<RemoveFactorResponse> {
  if (!sudoActive(session)) return fail('reauth_required');
  const found = findFactor(user, id);
  if (!found.ok) return found;
  if (user.mfa.factors.length === 1) return fail('last_factor');
  user.mfa.factors = user.mfa.factors.filter((factor) => factor.id !== id);
  recordSecurityEvent(store, user, client, 'factor_removed', {
    factor: eventFactorOf(found.value),
  });
  const signedOut = signOutOthers ? signOutOthersNow(store, user, session, client) : 0;
  return ok({ mfa: mfaStatusView(user), signedOut });
}
