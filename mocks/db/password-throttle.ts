import { fail, ok, type Result } from './result';
import type { PasswordThrottleRecord, Store } from './schema';

/**
 * The password step's own rate limit, apart from the second-factor throttle (SEC-8): wrong
 * passwords never count there, and nothing here ever locks an account. Two counters grow with
 * each wrong password: one per submitted email (known or not, so an unknown address behaves
 * like a known one, SEC-20) and one per client address (so one source cannot spray many
 * accounts). Past the free attempts each further failure doubles the wait, up to a short cap:
 * knowing an email can delay its owner by minutes at most, never shut them out for good.
 */
export const FREE_ATTEMPTS_PER_EMAIL = 5;
/** Higher: many people may share one address (an office, a mobile carrier). */
const FREE_ATTEMPTS_PER_ADDRESS = 20;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 300;
/** A counter with no failure for this long starts from zero again (and is pruned). */
export const FORGET_AFTER_MS = 60 * 60 * 1000;
/** Bounds the store: someone submitting endless made-up emails must not fill it up. */
export const MAX_RECORDS = 1000;

/** The key when no trusted client address is known (the in-page worker: one browser). */
export const LOCAL_ADDRESS = 'local';

/**
 * What is counted: wrong passwords (`password`, sign-in and change password), or password-reset
 * mails asked for (`reset`, every request, known email or not). Each has its own counters.
 */
export type ThrottleScope = 'password' | 'reset';
const prefix = (scope: ThrottleScope) => (scope === 'reset' ? 'reset-' : '');
const emailKey = (email: string, scope: ThrottleScope = 'password') =>
  `${prefix(scope)}email:${email.trim().toLowerCase()}`;
const addressKey = (address: string, scope: ThrottleScope = 'password') =>
  `${prefix(scope)}address:${address}`;

/** Seconds to wait after `failures` wrong passwords when `free` of them cost nothing. */
export function passwordWaitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - free), MAX_WAIT_SECONDS);
}

function live(store: Store, key: string, at: number): PasswordThrottleRecord | undefined {
  const record = store.passwordThrottle.find((candidate) => candidate.key === key);
  return record && at - record.lastFailureAt < FORGET_AFTER_MS ? record : undefined;
}

function secondsLeft(record: PasswordThrottleRecord | undefined, free: number, at: number) {
  if (!record) return 0;
  const until = record.lastFailureAt + passwordWaitSeconds(record.failures, free) * 1000;
  return at < until ? Math.ceil((until - at) / 1000) : 0;
}

/**
 * Checked before the password is hashed or the account looked up, so while a wait runs even
 * the right password is refused (guessing gains nothing) and known and unknown emails answer
 * alike. The longer of the two waits is the one reported.
 */
export function checkPasswordThrottle(
  store: Store,
  email: string,
  address: string,
  at: number,
  scope: ThrottleScope = 'password',
): Result<null> {
  const wait = Math.max(
    secondsLeft(live(store, emailKey(email, scope), at), FREE_ATTEMPTS_PER_EMAIL, at),
    secondsLeft(live(store, addressKey(address, scope), at), FREE_ATTEMPTS_PER_ADDRESS, at),
  );
  return wait > 0 ? fail('too_many_attempts', { retryAfter: wait }) : ok(null);
}

function bump(store: Store, key: string, at: number): void {
  const record = live(store, key, at);
  const failures = (record?.failures ?? 0) + 1;
  store.passwordThrottle = store.passwordThrottle.filter((candidate) => candidate.key !== key);
  store.passwordThrottle.push({ key, failures, lastFailureAt: at });
}

/** A wrong password (or an unknown email), or a reset request, from `address`: both counters move. */
export function recordPasswordFailure(
  store: Store,
  email: string,
  address: string,
  at: number,
  scope: ThrottleScope = 'password',
): void {
  bump(store, emailKey(email, scope), at);
  bump(store, addressKey(address, scope), at);
  store.passwordThrottle = store.passwordThrottle
    .filter((record) => at - record.lastFailureAt < FORGET_AFTER_MS)
    .slice(-MAX_RECORDS);
}

/**
 * The right password clears that email's counter. The address keeps its count: otherwise
 * someone with one account of their own could reset it between guesses at others.
 */
export function recordPasswordSuccess(store: Store, email: string): void {
  const key = emailKey(email);
  store.passwordThrottle = store.passwordThrottle.filter((record) => record.key !== key);
}

/**
 * The client address as the HTTP server (mocks/http.ts) saw it on the socket; it strips any
 * header of that name a client sent. In the page's own worker there is no trusted address, so
 * every request shares one key.
 */
export const CLIENT_ADDRESS_HEADER = 'x-zen-client-address';

export function clientAddress(headers: Headers, inPage: boolean): string {
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (inPage || value === null || !/^[0-9A-Za-z:.%_-]{1,64}$/.test(value)) return LOCAL_ADDRESS;
  return value;
}
