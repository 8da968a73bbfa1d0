import { Secret, TOTP } from 'otpauth';
import type { AppliedScenario, ScenarioStep } from '#src/api/mock-scenarios';
import { findUserByEmail } from '../db/accounts';
import { now } from '../db/clock';
import type { Client } from '../db/device';
import type { Store, UserRecord } from '../db/schema';
import type { seedAccounts } from '../db/seed';
import { createSession } from '../db/sessions';
import { LOCAL_ADDRESS } from '../db/password-throttle';
import { signIn } from '../db/sign-in';
import { checkTotp } from '../db/totp';

/** What a scenario's setup leaves behind: the screen to land on, and who is signed in there. */
export type ScenarioPlan = Omit<AppliedScenario, 'name' | 'holdsSession'> & { sessionId?: string };

/** Profile settings scrolled to the list of second factors once it has loaded, on a phone too. */
export const FACTOR_LIST = '/settings/profile#second-factors';

/** Builds one scenario's state on a store that has just been reset to the seed. */
export type ScenarioSetup = (store: Store) => Promise<ScenarioPlan>;

export type SeedAccount = (typeof seedAccounts)[keyof typeof seedAccounts];

export function account(store: Store, seed: SeedAccount): UserRecord {
  const user = findUserByEmail(store, seed.email);
  if (!user) throw new Error(`the seed has no ${seed.email}`);
  return user;
}

/**
 * The browser that opens a scenario, as the page's worker sees it: its own user agent and no
 * address (the page has none).
 */
export function thisBrowser(): Client {
  return { address: null, userAgent: globalThis.navigator?.userAgent ?? '' };
}

/** A signed-in browser on `path`: the session is created as the second factor would create it. */
export function signedInAt(
  store: Store,
  seed: SeedAccount,
  path: string,
  rest: Pick<ScenarioPlan, 'expect'> & Partial<Pick<ScenarioPlan, 'steps'>>,
): ScenarioPlan {
  const session = createSession(store, account(store, seed).id, thisBrowser());
  return { sessionId: session.id, landing: { path }, steps: rest.steps ?? [], expect: rest.expect };
}

/** After the password step: the second-factor screen with the challenge the backend issued. */
export async function atSecondFactor(
  store: Store,
  seed: SeedAccount,
  rest: Pick<ScenarioPlan, 'expect'> & Partial<Pick<ScenarioPlan, 'steps'>>,
): Promise<ScenarioPlan> {
  // Scenarios are set up from the page's side: the address every page request shares.
  const result = await signIn(store, seed.email, seed.password, LOCAL_ADDRESS, thisBrowser());
  if (!result.ok) throw new Error(`the password step failed: ${result.failure.code}`);
  return {
    landing: { path: '/sign-in/verify', state: { challenge: result.value, returnTo: null } },
    steps: rest.steps ?? [],
    expect: rest.expect,
  };
}

/** The code an authenticator with `secret` shows `steps` time steps from the mock's now. */
export function totpAt(secret: string, steps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now() + steps * 30_000 });
}

/** A code that is plainly wrong for `secret` now: no step near enough to read as clock skew. */
export function wrongTotp(secret: string): string {
  for (let candidate = 13579; ; candidate += 104_729) {
    const code = String(candidate % 1_000_000).padStart(6, '0');
    const check = checkTotp(secret, code, null, now());
    if (!check.ok && check.code === 'invalid_code') return code;
  }
}

/** A 6-digit code other than `code`. */
export function otherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

/** `fields` (inputs' names) typed, then their form submitted. */
export const submit = (fields: Record<string, string>): ScenarioStep[] => [
  { action: 'submit', fields },
];
export const enterCode = (code: string) => submit({ code });
