import type { MfaStatus, User } from '#src/api/user';
import { toIso } from './clock';
import type { Store, UserRecord } from './schema';

export function findUserByEmail(store: Store, email: string): UserRecord | undefined {
  const wanted = email.trim().toLowerCase();
  return store.users.find((user) => user.email === wanted);
}

export function findUserById(store: Store, id: string): UserRecord | undefined {
  return store.users.find((user) => user.id === id);
}

export function mfaStatusView(user: UserRecord): MfaStatus {
  const { mfa } = user;
  return {
    enabled: mfa.factors.length > 0,
    enabledAt: mfa.enabledAt === null ? null : toIso(mfa.enabledAt),
    lastUsedAt: mfa.lastUsedAt === null ? null : toIso(mfa.lastUsedAt),
    recoveryCodesRemaining: mfa.recoveryCodeHashes.length,
  };
}

/** What the API shows of an account: never a hash, a secret or a counter. */
export function userView(user: UserRecord): User {
  return { id: user.id, name: user.name, email: user.email, mfa: mfaStatusView(user) };
}
