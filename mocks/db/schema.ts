import { z } from 'zod';
import { mailMessageSchema, type StoreNotice } from '../../src/api/mock-control';
import { migrateStore } from './migrate';

export const STORE_VERSION = 2;

// Times are epoch milliseconds on the mock clock; the API turns them into ISO strings.
const epochMs = z.number().int();

const passwordHashSchema = z.object({
  salt: z.string().min(1),
  hash: z.string().min(1),
  iterations: z.number().int().positive(),
});

/** One second factor: an authenticator app's TOTP key, saved only once it verified. */
export const factorRecordSchema = z.object({
  id: z.string(),
  kind: z.literal('totp'),
  name: z.string(),
  secret: z.string(),
  createdAt: epochMs,
  lastUsedAt: epochMs.nullable(),
  /** Last accepted time step of this key, so no code works twice (SEC-7). */
  lastStep: z.number().int().nullable(),
});
export type FactorRecord = z.infer<typeof factorRecordSchema>;

export const mfaRecordSchema = z.object({
  /** MFA is on while at least one factor exists; the first one turns it on. */
  factors: z.array(factorRecordSchema),
  enabledAt: epochMs.nullable(),
  lastUsedAt: epochMs.nullable(),
  /** SHA-256 hex of each unused recovery code; never the codes themselves (SEC-17). */
  recoveryCodeHashes: z.array(z.string()),
});

const enrollmentRecordSchema = z.object({
  secret: z.string(),
  createdAt: epochMs,
  expiresAt: epochMs,
  replacedExpired: z.boolean(),
});

const throttleRecordSchema = z.object({
  failures: z.number().int().nonnegative(),
  lastFailureAt: epochMs.nullable(),
});

export const userRecordSchema = z.object({
  id: z.string(),
  email: z.email(),
  name: z.string(),
  password: passwordHashSchema,
  mfa: mfaRecordSchema,
  enrollment: enrollmentRecordSchema.nullable(),
  throttle: throttleRecordSchema,
});
export type UserRecord = z.infer<typeof userRecordSchema>;

const challengeBase = { id: z.string(), userId: z.string(), expiresAt: epochMs };
export const challengeRecordSchema = z.discriminatedUnion('method', [
  z.object({ ...challengeBase, method: z.literal('totp') }),
  z.object({
    ...challengeBase,
    method: z.literal('email'),
    codeHash: z.string(),
    lastSentAt: epochMs,
  }),
]);
export type ChallengeRecord = z.infer<typeof challengeRecordSchema>;

export const sessionRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: epochMs,
  lastSeenAt: epochMs,
  /** Until when a fresh re-authentication lets this session add or remove factors (sudo mode). */
  sudoUntil: epochMs.nullable(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

const passwordThrottleRecordSchema = z.object({
  /** `email:<address>` or `address:<client address>` (see password-throttle.ts). */
  key: z.string(),
  failures: z.number().int().positive(),
  lastFailureAt: epochMs,
});
export type PasswordThrottleRecord = z.infer<typeof passwordThrottleRecordSchema>;

export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  users: z.array(userRecordSchema),
  challenges: z.array(challengeRecordSchema),
  sessions: z.array(sessionRecordSchema),
  /** Newest first. */
  mailbox: z.array(mailMessageSchema),
  /** Wrong-password counters; stores saved before it existed load with none (no version bump). */
  passwordThrottle: z.array(passwordThrottleRecordSchema).default([]),
});
export type Store = z.infer<typeof storeSchema>;

export type LoadResult = { store: Store } | { store: null; notice?: StoreNotice };

const versionOnly = z.object({ version: z.number() });

/**
 * Reads what storage holds. Nothing stored means a first visit (seed, no notice); anything that
 * cannot be trusted means starting over from the seed with a notice, never a crash.
 */
export function loadStore(raw: string | null): LoadResult {
  if (raw === null) return { store: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { store: null, notice: 'reset_unreadable' };
  }
  const parsed = storeSchema.safeParse(migrateStore(json));
  if (parsed.success) return { store: parsed.data };
  const version = versionOnly.safeParse(json);
  // Versions without a migration (none before 1) start over, with a notice.
  if (version.success && version.data.version < STORE_VERSION) {
    return { store: null, notice: 'reset_old_version' };
  }
  return { store: null, notice: 'reset_unreadable' };
}
