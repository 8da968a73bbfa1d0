import { z } from 'zod';
import { mailMessageSchema, type StoreNotice } from '#src/api/mock-control';
import { randomId } from './crypto';
import { eventFactorTypes, securityEventKinds } from '#src/api/activity';
import { migrateStore } from './migrate';

export const STORE_VERSION = 2;

// Times are epoch milliseconds on the mock clock; the API turns them into ISO strings.
const epochMs = z.number().int();

const passwordHashSchema = z.object({
  salt: z.string().min(1),
  hash: z.string().min(1),
  iterations: z.number().int().positive(),
});

const factorBase = {
  id: z.string(),
  /** The person's name for it; null until they give one (the client shows a default name). */
  name: z.string().nullable(),
  /** From 1 per factor type, the smallest free among unnamed ones when added: numbers the default. */
  number: z.number().int().positive(),
  createdAt: epochMs,
  lastUsedAt: epochMs.nullable(),
};

/** An authenticator app's TOTP secret, saved only once it verified. */
const appFactorRecordSchema = z.object({
  ...factorBase,
  method: z.literal('totp'),
  secret: z.string(),
  /** Last accepted time step of this key, so no code works twice (SEC-7). */
  lastStep: z.number().int().nullable(),
});
export type AppFactorRecord = z.infer<typeof appFactorRecordSchema>;

/** A security key or passkey: its public key only; the private key never leaves the device. */
const keyFactorRecordSchema = z.object({
  ...factorBase,
  method: z.literal('webauthn'),
  /** base64url credential ID, unique across every account. */
  credentialId: z.string(),
  /** base64url COSE public key. */
  publicKey: z.string(),
  /** Signature counter; a response that does not move it forward is refused (a cloned key). */
  counter: z.number().int().nonnegative(),
  transports: z.array(z.string()),
  /** The browser said the key signs in by itself (credProps.rk): a passkey. */
  discoverable: z.boolean(),
  /** Backed up (synced) passkey, or bound to this one device. */
  backedUp: z.boolean(),
});
export type KeyFactorRecord = z.infer<typeof keyFactorRecordSchema>;

/** One second factor. Store v2 held only apps; keys joined it without a version change. */
const factorRecordSchema = z.discriminatedUnion('method', [
  appFactorRecordSchema,
  keyFactorRecordSchema,
]);
export type FactorRecord = z.infer<typeof factorRecordSchema>;

const mfaRecordSchema = z.object({
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

const userRecordSchema = z.object({
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
const challengeRecordSchema = z.discriminatedUnion('type', [
  z.object({ ...challengeBase, type: z.literal('mfa') }),
  z.object({
    ...challengeBase,
    type: z.literal('email'),
    codeHash: z.string(),
    lastSentAt: epochMs,
  }),
]);
export type ChallengeRecord = z.infer<typeof challengeRecordSchema>;

const sessionRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: epochMs,
  lastSeenAt: epochMs,
  /** Until when a fresh re-authentication lets this session add or remove factors (sudo mode). */
  sudoUntil: epochMs.nullable(),
  /**
   * What the sessions list calls this session: random, never the cookie's id, so listing
   * sessions hands no one a credential. Sessions saved before it existed get one on load.
   */
  handle: z.string().default(() => randomId('sh_')),
  /** The caller at sign-in (`Client`); older sessions load as unknown. */
  address: z.string().nullable().default(null),
  userAgent: z.string().default(''),
  /**
   * The last request, written at most once a minute (`lastSeenAt` keeps the exact idle timer);
   * older sessions load without it and show `lastSeenAt`.
   */
  lastActiveAt: epochMs.optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/**
 * A WebAuthn challenge the server issued: single use (gone once answered, right or wrong),
 * expiring, and bound to its owner, so an answer made for one purpose cannot serve another.
 */
const webauthnChallengeRecordSchema = z.object({
  /** base64url random bytes, as sent in the options. */
  challenge: z.string(),
  purpose: z.enum(['register', 'sign_in', 'reauth']),
  /** The session (register, reauth) or sign-in challenge (sign_in) it belongs to. */
  ownerId: z.string(),
  userId: z.string(),
  /** The relying-party ID and origin the options named; the answer must match them. */
  rpId: z.string(),
  origin: z.string(),
  expiresAt: epochMs,
});
export type WebauthnChallengeRecord = z.infer<typeof webauthnChallengeRecordSchema>;

const passwordThrottleRecordSchema = z.object({
  /** `email:<address>` or `address:<client address>` (see password-throttle.ts). */
  key: z.string(),
  failures: z.number().int().positive(),
  lastFailureAt: epochMs,
});
export type PasswordThrottleRecord = z.infer<typeof passwordThrottleRecordSchema>;

/**
 * A session ended from another session of its account, remembered until it would have expired
 * anyway, so its browser hears `session_revoked` rather than a plain "sign in".
 */
const endedSessionRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  endedAt: epochMs,
  /** When the session would have reached its absolute limit; the record goes then. */
  forgetAt: epochMs,
});

/**
 * One security event (security-log.ts writes them): the raw caller, parsed when read, so a
 * better parser or place table improves old entries too. Never a code, key or session id.
 */
const securityEventRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  kind: z.enum(securityEventKinds),
  at: epochMs,
  /** Write order, one more than the last kept event's: orders events of one millisecond. */
  seq: z.number().int().nonnegative(),
  address: z.string().nullable(),
  userAgent: z.string(),
  factor: z
    .object({
      type: z.enum(eventFactorTypes),
      name: z.string().nullable(),
      number: z.number().int().nullable(),
    })
    .nullable(),
  newDevice: z.boolean(),
});
export type SecurityEventRecord = z.infer<typeof securityEventRecordSchema>;

/**
 * One account-recovery request (mocks/db/account-recovery.ts): `unconfirmed` until the mailed
 * code proves the email, then `pending` for the recovery period, then `completed` (MFA turned
 * off) unless `cancelled` first; `void` once replaced or after too many wrong codes.
 */
const accountRecoveryRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  status: z.enum(['unconfirmed', 'pending', 'cancelled', 'completed', 'void']),
  requestedAt: epochMs,
  /** SHA-256 of the mailed code; null once confirmed (the code is spent). */
  codeHash: z.string().nullable(),
  codeExpiresAt: epochMs,
  /** Wrong codes so far; the fifth voids the request. */
  failures: z.number().int().nonnegative(),
  /** Set when the code is confirmed: when the period ends and MFA is turned off. */
  completesAt: epochMs.nullable(),
});
export type AccountRecoveryRecord = z.infer<typeof accountRecoveryRecordSchema>;
/** A mailed password-reset link: only the SHA-256 of its token is kept, never the token. */
const passwordResetRecordSchema = z.object({
  tokenHash: z.string(),
  userId: z.string(),
  expiresAt: epochMs,
});
export type PasswordResetRecord = z.infer<typeof passwordResetRecordSchema>;

export const storeSchema = z.object({
  version: z.literal(STORE_VERSION),
  users: z.array(userRecordSchema),
  challenges: z.array(challengeRecordSchema),
  sessions: z.array(sessionRecordSchema),
  /** Newest first. */
  mailbox: z.array(mailMessageSchema),
  /** Wrong-password counters; stores saved before it existed load with none (no version bump). */
  passwordThrottle: z.array(passwordThrottleRecordSchema).default([]),
  /** Open WebAuthn challenges; added without a version bump, like `passwordThrottle`. */
  webauthnChallenges: z.array(webauthnChallengeRecordSchema).default([]),
  /** Sessions ended from another device; added without a version bump, like the two above. */
  endedSessions: z.array(endedSessionRecordSchema).default([]),
  /** The security activity log, oldest first, 90 days; added without a version bump. */
  securityEvents: z.array(securityEventRecordSchema).default([]),
  /** Account-recovery requests; added without a version bump, like `passwordThrottle`. */
  accountRecoveries: z.array(accountRecoveryRecordSchema).default([]),
  /** Open password-reset links; added without a version bump, like `passwordThrottle`. */
  passwordResets: z.array(passwordResetRecordSchema).default([]),
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

/** The security log under its own storage key (log-storage.ts): the events, oldest first. */
export const securityLogSchema = z.array(securityEventRecordSchema);
