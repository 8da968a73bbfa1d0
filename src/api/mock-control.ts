import * as z from 'zod/mini';

/** Mock-only endpoints for QA and designers; they exist only while the simulated backend runs. */
export const mockPaths = {
  reset: '/api/__mock/reset',
  mailbox: '/api/__mock/mailbox',
  status: '/api/__mock/status',
  clock: '/api/__mock/clock',
  faults: '/api/__mock/faults',
  authenticators: '/api/__mock/authenticators',
  worlds: '/api/__mock/worlds',
  sessions: '/api/__mock/sessions',
} as const;

/** Every mock-only path starts here; the fault switch never touches these. */
export const mockPathPrefix = '/api/__mock/';

export const mailMessageSchema = z.object({
  id: z.string(),
  to: z.email(),
  subject: z.string(),
  body: z.string(),
  /** Present when the mail carries a sign-in code. */
  code: z.optional(z.string()),
  /** Present when the mail carries a link to open (a password reset): a path on the app. */
  link: z.optional(z.string()),
  sentAt: z.iso.datetime(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailboxResponseSchema = z.object({ messages: z.array(mailMessageSchema) });

/** Why the mock had to start over or fall back, shown to the person as a notice. */
const storeNoticeSchema = z.enum(['reset_unreadable', 'reset_old_version', 'memory_only']);
export type StoreNotice = z.infer<typeof storeNoticeSchema>;

export const mockStatusResponseSchema = z.object({
  storage: z.enum(['local', 'memory']),
  notices: z.array(storeNoticeSchema),
  now: z.iso.datetime(),
  /** The world the request acted in (`default` when it named none); see `mockWorldHeader`. */
  world: z.optional(z.string()),
});
export type MockStatusResponse = z.infer<typeof mockStatusResponseSchema>;

/** Moves the mock's clock: `advanceSeconds` adds to the offset, `offsetSeconds` sets it. */
export const clockRequestSchema = z.union([
  z.object({ advanceSeconds: z.int().check(z.minimum(-86_400), z.maximum(86_400)) }),
  z.object({ offsetSeconds: z.int().check(z.minimum(-864_000), z.maximum(864_000)) }),
]);
export const clockResponseSchema = z.object({
  offsetSeconds: z.int(),
  now: z.iso.datetime(),
});

/**
 * The keys the simulated backend holds (active ones and pending enrollments), so the review
 * panel's virtual authenticator can show codes like an app would. Mock only: a real backend
 * never hands a secret out again after enrollment (SEC-2).
 */
const mockAuthenticatorSchema = z.object({
  accountEmail: z.email(),
  issuer: z.string(),
  secret: z.string(),
  kind: z.enum(['active', 'pending']),
});
export type MockAuthenticator = z.infer<typeof mockAuthenticatorSchema>;
export const authenticatorsResponseSchema = z.object({
  authenticators: z.array(mockAuthenticatorSchema),
});
export type AuthenticatorsResponse = z.infer<typeof authenticatorsResponseSchema>;

/** Upper bounds keep a typo from freezing the demo: at most 10 s per request, 100 failures. */
const MAX_FAIL_NEXT = 100;
const MAX_LATENCY_MS = 10_000;

/**
 * The fault switch: the next `failNext` API requests fail as a network error, every API request
 * waits `latencyMs` longer, and while `offline` is on every API request fails. Any of the fields;
 * a field left out keeps its value.
 */
export const faultsRequestSchema = z
  .object({
    failNext: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_FAIL_NEXT))),
    latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_LATENCY_MS))),
    offline: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (body) =>
        body.failNext !== undefined || body.latencyMs !== undefined || body.offline !== undefined,
      { message: 'Give failNext, latencyMs, offline or any of them.' },
    ),
  );
export type FaultsRequest = z.infer<typeof faultsRequestSchema>;

export const faultsResponseSchema = z.object({
  failNext: z.int().check(z.minimum(0)),
  latencyMs: z.int().check(z.minimum(0)),
  offline: z.boolean(),
});
export type Faults = z.infer<typeof faultsResponseSchema>;

/**
 * Worlds: isolated simulated backends on one server, so tests, CI shards and people share it
 * without seeing each other's state. `POST mockPaths.worlds` makes one from the seed; any
 * request then names it with this header or, from a browser, this cookie (the header wins).
 * A request naming none acts in the default world; naming an unknown or dropped one answers
 * `world_not_found`, and creating one past the server's bound answers `world_limit`.
 */
export const mockWorldHeader = 'x-mock-world';
export const mockWorldCookie = 'mock-world';

export const createWorldResponseSchema = z.object({
  world: z.object({ id: z.string().check(z.regex(/^wld_[A-Za-z0-9_-]{22}$/)) }),
});
export type CreateWorldResponse = z.infer<typeof createWorldResponseSchema>;

/**
 * The review panel's "Add a signed-in phone": one more session of the account signed in here,
 * on an iPhone at a documentation address. Mock only: a real backend creates sessions at sign-in.
 */
export const seededSessionResponseSchema = z.object({
  accountEmail: z.email(),
  address: z.string(),
  /** The place the seeded table gives that address. */
  location: z.nullable(z.string()),
});
export type SeededSessionResponse = z.infer<typeof seededSessionResponseSchema>;
