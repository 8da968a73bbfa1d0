import {
  addAppFactorRequestSchema,
  addAppFactorResponseSchema,
  factorListResponseSchema,
  factorPaths,
  factorResponseSchema,
  removeFactorResponseSchema,
  renameFactorRequestSchema,
  sudoResponseSchema,
} from './factors';
import { reauthRequestSchema } from './mfa';
import { reauthErrors, sessionErrors, throttled, type Operation } from './operation';
import { signOutOtherSessionsQuerySchema } from './sessions';

/** Second factors: listing, naming, adding another authenticator app, removing, sudo mode. */
export const factorOperations: readonly Operation[] = [
  {
    id: 'listFactors',
    method: 'get',
    path: factorPaths.factors,
    tag: 'mfa',
    summary: "The account's second factors, newest first",
    description: 'Type, name, date added, last used; never a secret. Empty while MFA is off.',
    success: { status: 200, schema: factorListResponseSchema },
    errors: [...sessionErrors],
    session: 'required',
  },
  {
    id: 'addAppFactor',
    method: 'post',
    path: factorPaths.factors,
    tag: 'mfa',
    summary: 'Confirm the pending authenticator app as one more factor',
    description:
      'For an account with MFA on, in sudo mode: the code from the app started with `POST /api/mfa/enrollment` saves it without a name (`name: null`, `number`: the next free, so clients show "Authenticator app 2" in their language), and mails a notice. A wrong code saves nothing and counts toward the throttle.',
    request: addAppFactorRequestSchema,
    success: { status: 201, schema: addAppFactorResponseSchema },
    errors: [
      ...sessionErrors,
      'invalid_request',
      'invalid_code_format',
      'mfa_not_enabled',
      'reauth_required',
      'factor_limit_reached',
      'no_pending_enrollment',
      'enrollment_expired',
      'invalid_code',
      'clock_skew',
      ...throttled,
    ],
    session: 'required',
  },
  {
    id: 'renameFactor',
    method: 'patch',
    path: factorPaths.factor,
    tag: 'mfa',
    summary: 'Rename a factor',
    description:
      'The name is trimmed, 1–40 characters, and unique per account (case-insensitive). No sudo mode needed.',
    request: renameFactorRequestSchema,
    success: { status: 200, schema: factorResponseSchema },
    errors: [...sessionErrors, 'invalid_request', 'not_found', 'factor_name_taken'],
    session: 'required',
  },
  {
    id: 'removeFactor',
    method: 'delete',
    path: factorPaths.factor,
    tag: 'mfa',
    summary: 'Remove a factor (sudo mode)',
    description:
      'Never the last one: that is `POST /api/mfa/disable`, so MFA is never turned off by accident. Mails a notice. With the query parameter `signOutOtherSessions=true` every other session of the account ends too, exactly as `POST /api/sessions/others/sign-out` ends them (each answers 401 `session_revoked` next, one `other_sessions_signed_out` event); `signedOut` says how many. Absent or `false`, they stay.',
    query: signOutOtherSessionsQuerySchema,
    success: { status: 200, schema: removeFactorResponseSchema },
    errors: [...sessionErrors, 'invalid_request', 'reauth_required', 'not_found', 'last_factor'],
    session: 'required',
  },
  {
    id: 'enterSudo',
    method: 'post',
    path: factorPaths.sudo,
    tag: 'mfa',
    summary: 'Sudo mode: confirm the password and a current factor',
    description:
      'For 10 minutes this session (only this one) may add and remove factors. Wrong answers count toward the throttle (SEC-8, SEC-14).',
    request: reauthRequestSchema,
    success: { status: 200, schema: sudoResponseSchema },
    errors: reauthErrors,
    session: 'required',
  },
];
