import { transact } from '../db/db';
import { fail, type Result } from '../db/result';
import type { SessionRecord, Store, UserRecord } from '../db/schema';
import { authenticate } from '../db/sessions';
import { SESSION_COOKIE } from './respond';

/**
 * Runs `operation` for the signed-in account in one transaction. The session is checked first,
 * so a request without one hears 401 whatever its body says (SEC-4), and the check refreshes the
 * idle timer (SEC-13).
 */
export function withSession<T>(
  cookies: Record<string, string>,
  operation: (
    store: Store,
    user: UserRecord,
    session: SessionRecord,
  ) => Result<T> | Promise<Result<T>>,
): Promise<Result<T>> {
  return transact(async (store) => {
    const auth = authenticate(store, cookies[SESSION_COOKIE]);
    if (!auth.ok) return auth;
    // authenticate() found this very session; the operation may need its sudo mode.
    const session = store.sessions.find((candidate) => candidate.id === cookies[SESSION_COOKIE]);
    return session ? operation(store, auth.value, session) : fail('unauthenticated');
  });
}
