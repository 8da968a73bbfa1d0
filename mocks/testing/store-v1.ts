import { appFactors } from '../db/factors';
import type { Store } from '../db/schema';
import { createSeedStore } from '../db/seed';

/** The seed as version 1 stored it: one secret per account, sessions without sudo mode. */
export async function seedAsVersion1(): Promise<Record<string, unknown>> {
  const seed: Store = await createSeedStore();
  return {
    ...seed,
    version: 1,
    users: seed.users.map(({ mfa, ...user }) => {
      const [app] = appFactors({ ...user, mfa });
      return {
        ...user,
        mfa: {
          secret: app?.secret ?? null,
          enabledAt: mfa.enabledAt,
          lastUsedAt: mfa.lastUsedAt,
          lastStep: app?.lastStep ?? null,
          recoveryCodeHashes: mfa.recoveryCodeHashes,
        },
      };
    }),
    sessions: [{ id: 'ses_old', userId: 'usr_bob', createdAt: 5, lastSeenAt: 6 }],
  };
}
