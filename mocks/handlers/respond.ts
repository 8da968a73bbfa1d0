import { HttpResponse, delay } from 'msw';
import { errorStatus, type ErrorBody, type ErrorCode } from '#src/api/errors';
import { FACTOR_LIMIT } from '#src/api/factors';
import { mockPathPrefix } from '#src/api/mock-control';
import { takeFault, type Fault } from '../db/faults';
import type { Failure } from '../db/result';
import { runInWorld } from '../db/storage';
import { finalizeResponse, requestGate } from './http-rules';
import { realisticLatencyPaused } from './latency';
import { requestWorld } from './world-of';

/**
 * In a page, MSW resolves a relative path against the page's origin: exactly the API the SPA
 * calls, and never the dev server's own modules under some other `/api/` folder. Node has no page
 * origin, and MSW 2.15 leaves relative paths relative there (normalizePath), so they would never
 * match the absolute URLs `fetch` needs in Node: any origin is accepted instead.
 */
export function apiRoute(path: string): string {
  return typeof location === 'undefined' ? `*${path}` : path;
}

export const SESSION_COOKIE = 'sid';

// HttpOnly keeps page scripts away from it; `Secure` is added over HTTPS (finalizeResponse).
export function sessionCookie(sessionId: string): string {
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict`;
}
export const clearedSessionCookie = `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`;

/** English fallbacks; the UI shows its own translated text for each code. */
const messages: Record<ErrorCode, string> = {
  invalid_request: 'The request is malformed.',
  invalid_code_format: 'Enter the 6-digit code.',
  invalid_recovery_code_format: 'Enter a recovery code like xxxxx-xxxxx.',
  invalid_credentials: 'Email or password is incorrect.',
  unauthenticated: 'Sign in to continue.',
  session_expired: 'Your session has expired. Sign in again.',
  challenge_invalid: 'This sign-in attempt is no longer valid. Start again.',
  challenge_expired: 'This sign-in attempt has expired. Start again.',
  invalid_code: 'That code is not correct.',
  invalid_recovery_code: 'That recovery code is not correct or was used already.',
  code_already_used: 'That code was used already. Wait for the next one.',
  clock_skew: "That code is for a different time. Check your device's clock.",
  too_many_attempts: 'Too many attempts. Try again later.',
  account_locked: 'This account is locked after too many failed attempts. Contact support.',
  resend_cooldown: 'Wait a moment before asking for another code.',
  not_email_challenge: 'This sign-in does not use email codes.',
  invalid_password: 'The password is incorrect.',
  mfa_already_enabled: 'Two-factor authentication is already on.',
  mfa_not_enabled: 'Two-factor authentication is off.',
  no_pending_enrollment: 'There is no set-up in progress.',
  enrollment_expired: 'The set-up expired. Start again.',
  reauth_required: 'Confirm your password and a current factor first.',
  factor_limit_reached: `An account holds at most ${FACTOR_LIMIT} second factors.`,
  factor_name_taken: 'Another factor of this account has that name.',
  last_factor: 'The last factor is removed by disabling MFA.',
  no_security_key: 'This account has no security key or passkey.',
  webauthn_expired: 'The security key request expired or was used. Start again.',
  webauthn_failed: 'The security key could not be verified.',
  webauthn_not_verified: 'The security key did not verify you (fingerprint, face or PIN).',
  webauthn_already_registered: 'This security key is already registered to your account.',
  webauthn_other_account: 'This security key belongs to another account.',
  not_found: 'Not found.',
  cross_site_request: 'Cross-site requests are not accepted.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'Send the request body as application/json.',
  internal_error: 'Something went wrong.',
  session_revoked: 'You were signed out from another device. Sign in again.',
  current_session: 'This is the session you are using: sign out instead.',
  world_not_found: 'No such world: it was never created or was dropped after its idle time.',
  world_limit: 'This server holds as many worlds as it may. Try again once an idle one is dropped.',
  recovery_request_invalid: 'This recovery request is no longer valid. Sign in and ask again.',
  recovery_already_pending: 'A recovery of this account is already under way.',
  no_pending_recovery: 'No recovery of this account is pending.',
  password_too_short: 'Use at least 8 characters.',
  password_too_long: 'Use at most 128 characters.',
  password_common: 'This password is too common or too easy to guess.',
  password_personal: 'This password is built from your email or name.',
  reset_link_invalid: 'This reset link has expired or was already used. Ask for a new one.',
};

export function errorResponse(failure: Failure): HttpResponse<ErrorBody> {
  const { code, ...details } = failure;
  const headers = new Headers();
  if (details.retryAfter !== undefined) headers.set('Retry-After', String(details.retryAfter));
  // The browser should drop a cookie that no longer opens anything.
  if (code === 'session_expired' || code === 'session_revoked')
    headers.set('Set-Cookie', clearedSessionCookie);
  return HttpResponse.json<ErrorBody>(
    { error: { code, message: messages[code], ...details } },
    { status: errorStatus[code], headers },
  );
}

type ResolverInfo = {
  request: Request;
  cookies: Record<string, string>;
  params: Readonly<Record<string, string | readonly string[] | undefined>>;
};

const noFault: Fault = { fail: false, latencyMs: 0 };

/**
 * The fault switch applies to the API only: QA must still be able to read the mailbox or turn
 * the faults off while every other request fails.
 */
function faultFor(request: Request): Fault {
  return new URL(request.url).pathname.startsWith(mockPathPrefix) ? noFault : takeFault();
}

/**
 * Every handler: the HTTP rules first (cross-site 403, body size 413, media type 415), then the
 * world the request names (404 `world_not_found` if there is none such), in which everything
 * after runs: realistic latency in the browser (MSW waits a few ms in Node; none while a
 * scenario link builds its state: ./latency.ts), the fault switch's extra latency and network
 * failures, and, should something unexpected throw, a contract-shaped 500 instead of MSW's own
 * error page. Every answer leaves through `finalizeResponse` (no-store, nosniff, Secure cookies
 * over HTTPS). Nothing is logged: the request may carry a password or a code (SEC-22).
 *
 * `anyWorld`: the handler does not act in a world (creating one), so a stale name is no error.
 */
export function handler(
  resolve: (info: ResolverInfo) => Promise<Response>,
  { anyWorld = false }: { anyWorld?: boolean } = {},
) {
  return async (info: ResolverInfo): Promise<Response> =>
    finalizeResponse(await answer(info, resolve, anyWorld), info.request);
}

async function answer(
  info: ResolverInfo,
  resolve: (info: ResolverInfo) => Promise<Response>,
  anyWorld: boolean,
): Promise<Response> {
  const refused = requestGate(info.request);
  if (refused) return errorResponse(refused);
  if (anyWorld) return serve(info, resolve);
  const world = requestWorld(info.request, info.cookies);
  if (!world.ok) return errorResponse(world.failure);
  const named = world.value;
  return named ? runInWorld(named, () => serve(info, resolve)) : serve(info, resolve);
}

async function serve(
  info: ResolverInfo,
  resolve: (info: ResolverInfo) => Promise<Response>,
): Promise<Response> {
  // Decided on arrival, so overlapping requests count down in the order they were sent.
  const fault = faultFor(info.request);
  if (!realisticLatencyPaused()) await delay();
  if (fault.latencyMs > 0) await delay(fault.latencyMs);
  // A failed request never reaches the "server": nothing is stored, no code is mailed.
  if (fault.fail) return HttpResponse.error();
  try {
    const started = performance.now();
    const response = await resolve(info);
    recordBackendTime(info.request, started);
    return response;
  } catch {
    return errorResponse({ code: 'internal_error' });
  }
}

/** The User Timing name of the simulated server's own time per answer (`recordBackendTime`). */
const BACKEND_MEASURE = 'mock-backend';

/**
 * The simulated server's own time for an answer, without the simulated network's latency
 * above: a measure a bench observes (scripts/activity-timing.mjs) and DevTools shows, its
 * detail the method and path. Only the latest stays in the buffer, so none pile up.
 */
function recordBackendTime(request: Request, start: number): void {
  const detail = { method: request.method, path: new URL(request.url).pathname };
  performance.clearMeasures(BACKEND_MEASURE);
  performance.measure(BACKEND_MEASURE, { start, detail });
}
