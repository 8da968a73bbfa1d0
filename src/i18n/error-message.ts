import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { isKeyError } from '../api/key-error';

export type ErrorText = { key: string; options: Record<string, string | number> };

/**
 * Which `errors:` message describes an error, with its values. Codes with a wait use the
 * `<code>_wait` variant (i18next context), with `secondsLeft` when a countdown tells what remains
 * of it; clock skew says ahead or behind.
 */
export function describeError(error: unknown, secondsLeft?: number): ErrorText {
  // The browser's security-key prompt failed (cancelled, unsupported, already registered …).
  if (isKeyError(error)) return { key: error.code, options: {} };
  if (!isApiError(error)) return { key: 'internal_error', options: {} };
  const { code, details } = error;
  const skew = details?.skewMinutes;
  if (code === 'clock_skew' && skew) {
    return {
      key: code,
      options: { context: skew > 0 ? 'ahead' : 'behind', minutes: Math.abs(skew) },
    };
  }
  const wait = secondsLeft ?? details?.retryAfter;
  if (wait !== undefined && wait > 0)
    return { key: code, options: { context: 'wait', seconds: wait } };
  return { key: code, options: {} };
}

/**
 * `errors` ships with the sign-in screens; the errors of re-authentication, enrollment and factor
 * management, which only the console's security card can meet, live in `factor-errors`, loaded
 * with the console (so do the sessions list's); the security-key errors in `key-errors`, loaded
 * with the second-factor step and the console, which also holds account recovery's (met at that
 * step and in the console); the password rules' and reset links' beside their screens' words in
 * `passwords`, loaded with the forgot and reset password screens and the console; so the sign-in
 * download does not grow.
 */
export const errorNamespaces = ['errors', 'factor-errors', 'key-errors', 'passwords'];

/** What the second-factor step adds when it offers a security key: its words and its errors. */
export const keyNamespaces = ['key-sign-in', 'key-errors'];

/** Translated text for any error a request can throw (ApiError codes, `network`, `bad_response`). */
export function useErrorMessage(): (error: unknown, secondsLeft?: number) => string {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown, secondsLeft?: number) => {
      const { key, options } = describeError(error, secondsLeft);
      return t(key, { ...options, ns: errorNamespaces });
    },
    [t],
  );
}
