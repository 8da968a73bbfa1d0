import { fail, ok, type Result } from './result';
import { hashPassword } from './password';
import type { SessionRecord, Store, UserRecord } from './schema';
import { endSession } from './sessions';

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
 * sessions that `keepSession` does not keep, each by `endOne` (plainly ended by default).
 */
export async function setNewPassword(
  store: Store,
  user: UserRecord,
  password: string,
  keepSession: (session: SessionRecord) => boolean,
  endOne: (store: Store, session: SessionRecord) => void = (from, session) =>
    endSession(from, session.id),
): Promise<Result<null>> {
  const refused = await refusal(password, user);
  if (refused) return fail(refused);
  user.password = await hashPassword(password);
  const mine = (record: { userId: string }) => record.userId === user.id;
  store.passwordResets = store.passwordResets.filter((record) => !mine(record));
  store.challenges = store.challenges.filter((record) => !mine(record));
  for (const session of store.sessions.filter((record) => mine(record) && !keepSession(record)))
    endOne(store, session);
  const liveOwners = new Set([...store.challenges, ...store.sessions].map(({ id }) => id));
  store.webauthnChallenges = store.webauthnChallenges.filter(
    (record) => !mine(record) || liveOwners.has(record.ownerId),
  );
  return ok(null);
}
