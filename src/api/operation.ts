import type * as z from 'zod/mini';
import type { ErrorCode } from './errors';

/**
 * The shape of one operation in the contract's lists (operations.ts and the lists it joins),
 * and the error groups they share. Apart from the lists so each of them imports it without
 * importing the others.
 */
type OperationTag = 'auth' | 'session' | 'mfa' | 'mock-control' | 'activity';

export type Operation = {
  id: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  tag: OperationTag;
  summary: string;
  description: string;
  /** The JSON body it reads; none means any body is ignored. */
  request?: z.ZodMiniType;
  /** 200 (or 201 for something created) with a JSON body, or 204 without one. */
  success:
    | { status: 200 | 201; schema: z.ZodMiniType }
    | { status: 204 }
    /** A text download (the activity export's CSV): its media type, no JSON schema. */
    | { status: 200; mediaType: 'text/csv' };
  /** Query parameters it reads (GET, and DELETE, which has no body), as an object of strings; unknown ones are ignored. */
  query?: z.ZodMiniObject;
  /** Every error code it can answer besides `commonErrors`; statuses come from `errorStatus`. */
  errors: readonly ErrorCode[];
  /** `required`: 401 without a live `sid`; `optional`: read if sent (sign-out, verify). */
  session: 'required' | 'optional' | 'none';
  /** Answers `Set-Cookie: sid=…` (a new session) or one that clears it. */
  cookie?: 'sets' | 'clears';
};

/**
 * Any request: refused when cross-site (403), when its body is too large (413) or not JSON
 * (415), and any handler may fail unexpectedly with the contract's 500, never a stack trace.
 * In the simulated backend a request may name a world (mock-control.ts) that does not exist.
 */
const commonErrors: readonly ErrorCode[] = [
  'cross_site_request',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
  'world_not_found',
];

/** Every error code an operation can answer, `commonErrors` included. */
export function operationErrors(operation: Operation): ErrorCode[] {
  return [...new Set([...operation.errors, ...commonErrors])];
}

/** Any operation that needs a live session. */
export const sessionErrors = ['unauthenticated', 'session_expired', 'session_revoked'] as const;
/** A wrong, replayed or clock-skewed TOTP code. */
export const codeErrors = ['invalid_code', 'code_already_used', 'clock_skew'] as const;
/** Wrong second-factor answers count toward the per-account throttle (SEC-8). */
export const throttled = ['too_many_attempts', 'account_locked'] as const;
/** A security key's answer that the server refused. */
export const keyAnswerErrors = [
  'webauthn_expired',
  'webauthn_failed',
  'webauthn_not_verified',
  'webauthn_other_account',
] as const;
/** The password and a second factor again: disabling MFA, new recovery codes, sudo mode. */
export const reauthErrors = [
  ...sessionErrors,
  'invalid_request',
  'invalid_code_format',
  'invalid_recovery_code_format',
  'mfa_not_enabled',
  'invalid_password',
  ...codeErrors,
  'invalid_recovery_code',
  ...keyAnswerErrors,
  ...throttled,
] as const;
