import * as z from 'zod/mini';

/** Mock-only endpoints for QA and designers; they exist only while the simulated backend runs. */
export const mockPaths = {
  reset: '/api/__mock/reset',
  mailbox: '/api/__mock/mailbox',
  status: '/api/__mock/status',
  clock: '/api/__mock/clock',
} as const;

export const mailMessageSchema = z.object({
  id: z.string(),
  to: z.email(),
  subject: z.string(),
  body: z.string(),
  /** Present when the mail carries a sign-in code. */
  code: z.optional(z.string()),
  sentAt: z.iso.datetime(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const mailboxResponseSchema = z.object({ messages: z.array(mailMessageSchema) });

/** Why the mock had to start over or fall back, shown to the person as a notice. */
export const storeNoticeSchema = z.enum(['reset_unreadable', 'reset_old_version', 'memory_only']);
export type StoreNotice = z.infer<typeof storeNoticeSchema>;

export const mockStatusResponseSchema = z.object({
  storage: z.enum(['local', 'memory']),
  notices: z.array(storeNoticeSchema),
  now: z.iso.datetime(),
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
