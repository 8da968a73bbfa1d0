import { fail, ok, type Result } from './result';
import { hashPassword } from './password';
import type { SessionRecord, Store, UserRecord } from './schema';

/**
 * The server's side of the password rules: the same judge the forms use for their feedback
 * (src/api/password-strength.ts), so what the form calls fine the server accepts. It holds the
 * estimator's dictionaries, so it loads on the first new password, not with the mock.
 */
async function refusal(password: string, user: UserRecord) {
  const { checkPassword, personalInputs } = await import('#src/api/password-strength');
  return checkPassword(password, personalInputs(user.email, user.name)).refusal;
}

/**
 * Sets `user`'s password if it meets the rules. Whatever the old one opened closes: open reset
 * links, sign-ins waiting for their second factor and their key ceremonies, and the account's
 * sessions that `keepSession` does not keep.
 */
export async function setNewPassword(
  store: Store,
  user: UserRecord,
  password: string,
  keepSession: (session: SessionRecord) => boolean,
): Promise<Result<null>> {
  const refused = await refusal(password, user);
  if (refused) return fail(refused);
  user.password = await hashPassword(password);
  const mine = (record: { userId: string }) => record.userId === user.id;
  store.passwordResets = store.passwordResets.filter((record) => !mine(record));
  store.challenges = store.challenges.filter((record) => !mine(record));
  store.sessions = store.sessions.filter((session) => !mine(session) || keepSession(session));
  const liveOwners = new Set([...store.challenges, ...store.sessions].map(({ id }) => id));
  store.webauthnChallenges = store.webauthnChallenges.filter(
    (record) => !mine(record) || liveOwners.has(record.ownerId),
  );
  return ok(null);
}
