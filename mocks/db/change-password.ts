import { now } from './clock';
import { verifyPassword } from './password';
import { checkPasswordThrottle, recordPasswordFailure } from './password-throttle';
import { setNewPassword } from './new-password';
import { fail, ok, type Result } from './result';
import type { SessionRecord, Store, UserRecord } from './schema';
import type { Client } from './device';
import { recordSecurityEvent } from './security-log';
import { revokeSession } from './sessions';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
  signOutOtherSessions: boolean;
};

/**
 * Change password in Profile settings. The current password is checked first, under the
 * password step's rate limit (a stolen session must not become a way to guess it), and a wrong
 * one counts there. Other sessions end when asked; this one stays.
 */
export async function changePassword(
  store: Store,
  user: UserRecord,
  session: SessionRecord,
  input: ChangePasswordInput,
  address: string,
  client: Client,
): Promise<Result<null>> {
  const at = now();
  const gate = checkPasswordThrottle(store, user.email, address, at);
  if (!gate.ok) return gate;
  if (!(await verifyPassword(input.currentPassword, user.password))) {
    recordPasswordFailure(store, user.email, address, at);
    return fail('invalid_password');
  }
  const set = await setNewPassword(
    store,
    user,
    input.newPassword,
    (record) => record.id === session.id || !input.signOutOtherSessions,
    // Ended from this session, as "Sign out all other sessions" does: they hear why.
    revokeSession,
  );
  if (!set.ok) return set;
  recordSecurityEvent(store, user, client, 'password_changed');
  return ok(null);
}
