import { z } from 'zod';

/** The default name of an account's first authenticator app, also the one a migration gives. */
export const FIRST_APP_NAME = 'Authenticator app';

// Version 1 held one TOTP secret per account and sessions without sudo mode. Only the parts
// that change are described; everything else passes through as it was and is checked by the
// current schema afterwards.
const v1MfaSchema = z.looseObject({
  secret: z.string().nullable(),
  enabledAt: z.number().int().nullable(),
  lastUsedAt: z.number().int().nullable(),
  lastStep: z.number().int().nullable(),
  recoveryCodeHashes: z.array(z.string()),
});
const v1StoreSchema = z.looseObject({
  version: z.literal(1),
  users: z.array(z.looseObject({ id: z.string(), mfa: v1MfaSchema })),
  sessions: z.array(z.looseObject({})),
});

type V1Mfa = z.infer<typeof v1MfaSchema>;

/** The single secret becomes the first factor, keeping its dates and its last accepted step. */
function migrateMfa(userId: string, mfa: V1Mfa) {
  const { secret, lastStep, ...kept } = mfa;
  const factors =
    secret === null
      ? []
      : [
          {
            // Stable, so migrating the same data twice (two tabs) gives the same id.
            id: `fct_${userId}_1`,
            kind: 'totp' as const,
            name: FIRST_APP_NAME,
            secret,
            createdAt: mfa.enabledAt ?? mfa.lastUsedAt ?? 0,
            lastUsedAt: mfa.lastUsedAt,
            lastStep,
          },
        ];
  return { ...kept, factors };
}

// Challenges saved while they said `method: 'totp' | 'email'`; they now say `type: 'mfa' |
// 'email'`. A rename within version 2 (no bump): an open sign-in survives a reload either way.
const oldChallengesSchema = z.looseObject({
  challenges: z.array(z.looseObject({ method: z.enum(['totp', 'email']) })),
});

function renameChallengeMethod(json: unknown): unknown {
  const old = oldChallengesSchema.safeParse(json);
  if (!old.success) return json;
  const type = { totp: 'mfa', email: 'email' };
  const challenges = old.data.challenges.map(({ method, ...kept }) => ({
    ...kept,
    type: type[method],
  }));
  return { ...old.data, challenges };
}

/**
 * Brings a stored store of an older version to the current shape, one version at a time, so an
 * existing account loses nothing (its TOTP key, recovery codes, sessions) when the shape
 * changes. Anything it does not recognise is returned unchanged for the schema to judge.
 */
export function migrateStore(json: unknown): unknown {
  return renameChallengeMethod(migrateV1(json));
}

function migrateV1(json: unknown): unknown {
  const v1 = v1StoreSchema.safeParse(json);
  if (!v1.success) return json;
  return {
    ...v1.data,
    version: 2,
    users: v1.data.users.map((user) => ({ ...user, mfa: migrateMfa(user.id, user.mfa) })),
    sessions: v1.data.sessions.map((session) => ({ ...session, sudoUntil: null })),
  };
}
