import * as z from 'zod/mini';

/**
 * The security activity log: what happened to an account, newest first, kept 90 days. An event
 * says what, when, from which device and address, and for second factors which one; never a
 * code, a key, a session id or any other secret (SEC-19 notices and the log come from one place).
 */
export const activityPaths = {
  /** GET one page: `?group=&cursor=&limit=`. */
  activity: '/api/activity',
  /** GET every kept event as a JSON download. */
  exportJson: '/api/activity/export.json',
  /** GET every kept event as a CSV download (columns in docs/security.md). */
  exportCsv: '/api/activity/export.csv',
} as const;

/** Days an event is kept; older ones are pruned whenever the log is written. */
export const ACTIVITY_RETENTION_DAYS = 90;
export const ACTIVITY_PAGE_DEFAULT = 20;
const ACTIVITY_PAGE_MAX = 100;

/**
 * Every kind of event, as a wire name. Sessions (issue 15) and passwords (issue 16) add theirs
 * at the end; a kind never changes meaning once shipped.
 */
export const securityEventKinds = [
  'signed_in',
  'password_wrong',
  'second_factor_wrong',
  'throttled',
  'mfa_enabled',
  'mfa_disabled',
  'factor_added',
  'factor_renamed',
  'factor_removed',
  'recovery_codes_regenerated',
  'recovery_code_used',
  'sudo_entered',
  'session_signed_out',
  'other_sessions_signed_out',
  'account_recovery_requested',
  'account_recovery_cancelled',
  'account_recovery_completed',
  'password_changed',
  'password_reset',
] as const;
export type SecurityEventKind = (typeof securityEventKinds)[number];

/** The filter a reader picks; each kind belongs to exactly one group. */
export const activityGroups = ['sign_ins', 'second_factors', 'sessions'] as const;
export type ActivityGroup = (typeof activityGroups)[number];

export const activityGroupOf: Record<SecurityEventKind, ActivityGroup> = {
  signed_in: 'sign_ins',
  password_wrong: 'sign_ins',
  second_factor_wrong: 'sign_ins',
  throttled: 'sign_ins',
  mfa_enabled: 'second_factors',
  mfa_disabled: 'second_factors',
  factor_added: 'second_factors',
  factor_renamed: 'second_factors',
  factor_removed: 'second_factors',
  recovery_codes_regenerated: 'second_factors',
  recovery_code_used: 'second_factors',
  sudo_entered: 'sessions',
  session_signed_out: 'sessions',
  other_sessions_signed_out: 'sessions',
  account_recovery_requested: 'second_factors',
  account_recovery_cancelled: 'second_factors',
  account_recovery_completed: 'second_factors',
  password_changed: 'sign_ins',
  password_reset: 'sign_ins',
};

/** Which second factor: a named or numbered one of the account's, or a one-off method. */
export const eventFactorTypes = [
  'totp',
  'security_key',
  'passkey',
  'email',
  'recovery_code',
] as const;
const eventFactorSchema = z.object({
  type: z.enum(eventFactorTypes),
  /** The name the person gave it, or null: clients name it by type and number, as factors. */
  name: z.nullable(z.string()),
  /** Its number among factors of its type; null for an emailed or recovery code. */
  number: z.nullable(z.int()),
});
export type EventFactor = z.infer<typeof eventFactorSchema>;

const securityEventSchema = z.object({
  id: z.string(),
  kind: z.enum(securityEventKinds),
  at: z.iso.datetime(),
  /** Parsed from the user agent; nulls when it said nothing recognisable. */
  device: z.object({
    browser: z.nullable(z.string()),
    os: z.nullable(z.string()),
    kind: z.enum(['desktop', 'phone', 'tablet']),
  }),
  /** The client address the server saw; null in the page's own simulated backend. */
  address: z.nullable(z.string()),
  /** Approximate place of the address, when the backend knows it. */
  location: z.nullable(z.string()),
  factor: z.nullable(eventFactorSchema),
  /** A sign-in from a browser, system and address this account had not signed in from. */
  newDevice: z.boolean(),
});
export type SecurityEvent = z.infer<typeof securityEventSchema>;

/** Query parameters of one page; the cursor is opaque, from the previous page's `nextCursor`. */
export const activityQuerySchema = z.object({
  group: z.optional(z.enum(activityGroups)),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  limit: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[0-9]{1,3}$/)),
      z.pipe(
        z.transform((value: string) => Number(value)),
        z.int().check(z.minimum(1), z.maximum(ACTIVITY_PAGE_MAX)),
      ),
    ),
  ),
});
export type ActivityQuery = z.output<typeof activityQuerySchema>;

export const activityPageSchema = z.object({
  events: z.array(securityEventSchema),
  /** Null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

export const activityExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  events: z.array(securityEventSchema),
});
export type ActivityExport = z.infer<typeof activityExportSchema>;

/** CSV columns, in order (documented in docs/security.md). */
export const activityCsvColumns = [
  'id',
  'kind',
  'at',
  'browser',
  'os',
  'device',
  'address',
  'location',
  'factor_type',
  'factor_name',
  'factor_number',
  'new_device',
] as const;
