import * as z from 'zod/mini';
import { totpCodeSchema } from './codes';
import { sessionErrors, type Operation } from './operation';

/**
 * Account recovery: the way back for someone who lost every second factor and every recovery
 * code. It starts from a sign-in challenge (so the password was just proven), proves the
 * account's email with a mailed code, then waits out a recovery period during which anyone
 * signed in to the account is told and can cancel. Only then is MFA turned off.
 */

/** How long a confirmed recovery waits before MFA is turned off: 72 hours. */
export const RECOVERY_PERIOD_HOURS = 72;
/** How long the mailed code proves the email: 15 minutes. */
export const RECOVERY_CODE_MINUTES = 15;

export const accountRecoveryPaths = {
  request: '/api/account-recovery/request',
  confirm: '/api/account-recovery/confirm',
  /** The signed-in account's recovery, if one is pending or has just completed. */
  status: '/api/account-recovery',
  cancel: '/api/account-recovery/cancel',
} as const;

const idSchema = z.string().check(z.minLength(1), z.maxLength(100));

export const requestRecoveryRequestSchema = z.object({ challengeId: idSchema });
export type RequestRecoveryRequest = z.input<typeof requestRecoveryRequestSchema>;

export const requestRecoveryResponseSchema = z.object({
  recovery: z.object({
    id: z.string(),
    /** Where the code went, masked (b•••@example.com): the account's own address, never another. */
    maskedEmail: z.string(),
    codeExpiresAt: z.iso.datetime(),
  }),
});
export type RequestRecoveryResponse = z.infer<typeof requestRecoveryResponseSchema>;

export const confirmRecoveryRequestSchema = z.object({
  recoveryId: idSchema,
  code: totpCodeSchema,
});
export type ConfirmRecoveryRequest = z.input<typeof confirmRecoveryRequestSchema>;

/** A recovery as the account sees it: waiting out its period, or done (MFA is off since). */
const recoverySchema = z.object({
  status: z.enum(['pending', 'completed']),
  requestedAt: z.iso.datetime(),
  /** When the period ends (pending) or ended (completed). */
  completesAt: z.iso.datetime(),
});
export type AccountRecovery = z.infer<typeof recoverySchema>;

export const confirmRecoveryResponseSchema = z.object({ recovery: recoverySchema });

/** `null` when no recovery is pending and none completed since MFA was last on. */
export const recoveryStatusResponseSchema = z.object({ recovery: z.nullable(recoverySchema) });
export type RecoveryStatusResponse = z.infer<typeof recoveryStatusResponseSchema>;

/** Account recovery as data for the OpenAPI document and the contract tests (operations.ts). */
export const accountRecoveryOperations = (): readonly Operation[] => [
  {
    id: 'requestAccountRecovery',
    method: 'post',
    path: accountRecoveryPaths.request,
    tag: 'auth',
    summary: 'Ask for account recovery from an MFA challenge; mails a code to the account',
    description:
      'Takes an open `mfa` challenge, never an email, so it tells nothing about which addresses have accounts. Mails a 6-digit code to the account’s own address, good for 15 minutes; a new request replaces an unconfirmed one. At most 3 requests per account in 24 hours (429 with `Retry-After`); while a recovery is pending, 409 `recovery_already_pending`.',
    request: requestRecoveryRequestSchema,
    success: { status: 201, schema: requestRecoveryResponseSchema },
    errors: [
      'invalid_request',
      'challenge_invalid',
      'challenge_expired',
      'mfa_not_enabled',
      'recovery_already_pending',
      'too_many_attempts',
    ],
    session: 'none',
  },
  {
    id: 'confirmAccountRecovery',
    method: 'post',
    path: accountRecoveryPaths.confirm,
    tag: 'auth',
    summary: 'Prove the email with the mailed code; the 72-hour recovery period starts',
    description:
      'The account is mailed that recovery started, and every signed-in session sees it (`GET /api/account-recovery`) and may cancel it. When the period ends uncancelled, MFA is turned off (factors and recovery codes removed), every session of the account ends and a notice is mailed; the next sign-in asks for the password and an emailed code. It never completes early. Five wrong codes void the request.',
    request: confirmRecoveryRequestSchema,
    success: { status: 200, schema: confirmRecoveryResponseSchema },
    errors: ['invalid_request', 'invalid_code_format', 'invalid_code', 'recovery_request_invalid'],
    session: 'none',
  },
  {
    id: 'getAccountRecovery',
    method: 'get',
    path: accountRecoveryPaths.status,
    tag: 'session',
    summary: 'The signed-in account’s pending or completed recovery, or null',
    description:
      '`pending` while its period runs (the console shows it to every session, with a way to cancel); `completed` after it turned MFA off, until MFA is on again.',
    success: { status: 200, schema: recoveryStatusResponseSchema },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'cancelAccountRecovery',
    method: 'post',
    path: accountRecoveryPaths.cancel,
    tag: 'session',
    summary: 'Cancel the pending recovery (“This wasn’t me”)',
    description:
      'Any session of the account may cancel, without re-authentication: stopping a recovery only keeps MFA on. Mails a notice. A cancelled recovery never completes.',
    success: { status: 200, schema: recoveryStatusResponseSchema },
    errors: [...sessionErrors, 'no_pending_recovery'],
    session: 'required',
  },
];
