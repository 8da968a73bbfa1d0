import { z } from 'zod';

/** The name the server once gave an account's first authenticator app (see `numberDefaults`). */
const FIRST_APP_NAME = 'Authenticator app';

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
            method: 'totp' as const,
            name: FIRST_APP_NAME,
            secret,
            createdAt: mfa.enabledAt ?? mfa.lastUsedAt ?? 0,
            lastUsedAt: mfa.lastUsedAt,
            lastStep,
          },
        ];
  return { ...kept, factors };
}

// Renames within version 2 (no bump, so an open sign-in survives a reload either way), to the
// glossary's words: challenges said `method: 'totp' | 'email'` (now `type: 'mfa' | 'email'`),
// factors said `kind` (now `method`).
const oldNamesSchema = z.looseObject({
  users: z.array(
    z.looseObject({
      mfa: z.looseObject({ factors: z.array(z.looseObject({ kind: z.optional(z.string()) })) }),
    }),
  ),
  challenges: z.array(z.looseObject({ method: z.optional(z.enum(['totp', 'email'])) })),
});

function renameToGlossary(json: unknown): unknown {
  const old = oldNamesSchema.safeParse(json);
  if (!old.success) return json;
  const users = old.data.users.map((user) => ({
    ...user,
    mfa: {
      ...user.mfa,
      factors: user.mfa.factors.map(({ kind, ...kept }) =>
        kind ? { ...kept, method: kind } : kept,
      ),
    },
  }));
  const challenges = old.data.challenges.map(({ method, ...kept }) =>
    method ? { ...kept, type: method === 'totp' ? 'mfa' : 'email' } : kept,
  );
  return { ...old.data, users, challenges };
}

/**
 * Brings a stored store of an older version to the current shape, one version at a time, so an
 * existing account loses nothing (its TOTP secret, recovery codes, sessions) when the shape
 * changes. Anything it does not recognise is returned unchanged for the schema to judge.
 */
export function migrateStore(json: unknown): unknown {
  return numberDefaults(renameToGlossary(migrateV1(json)));
}

// Also within version 2: the server named new factors in English ("Authenticator app 2",
// "Passkey", "Security key 3"); now it stores no name and a number, and the client names them in
// the reader's language. A name of that form becomes null with its number; any other name is the
// person's own and stays.
const factorsSchema = z.looseObject({
  users: z.array(
    z.looseObject({
      mfa: z.looseObject({
        factors: z.array(
          z.looseObject({
            name: z.string().nullable(),
            method: z.optional(z.string()),
            discoverable: z.optional(z.boolean()),
            number: z.optional(z.number()),
          }),
        ),
      }),
    }),
  ),
});

function defaultNameOf(factor: { method?: string; discoverable?: boolean }): string {
  if (factor.method === 'totp') return FIRST_APP_NAME;
  return factor.discoverable ? 'Passkey' : 'Security key';
}

function numberDefaults(json: unknown): unknown {
  const old = factorsSchema.safeParse(json);
  if (!old.success) return json;
  const users = old.data.users.map((user) => ({
    ...user,
    mfa: {
      ...user.mfa,
      factors: user.mfa.factors.map((factor) => {
        if (factor.number !== undefined) return factor;
        const match = /^(.+?)(?: (\d+))?$/.exec(factor.name ?? '');
        return match?.[1] === defaultNameOf(factor)
          ? { ...factor, name: null, number: Number(match[2] ?? 1) }
          : { ...factor, number: 1 };
      }),
    },
  }));
  return { ...old.data, users };
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
