import { addAppFactor, startEnrollment } from '#mocks/db/enrollment';
import { renameFactor } from '#mocks/db/factors';
import type { Store } from '#mocks/db/schema';
import { bobTotpSecret, seedAccounts } from '#mocks/db/seed';
import { createSession } from '#mocks/db/sessions';
import { startSudo } from '#mocks/db/sudo';
import { otherDevices, otherSession } from '../other-devices';
import { addDemoKey } from './keys';
import {
  account,
  enterCode,
  FACTOR_LIST,
  thisBrowser,
  totpAt,
  type ScenarioPlan,
  type ScenarioSetup,
} from '../plan';

const { bob } = seedAccounts;
const PROFILE = '/settings/profile';
const ADD_APP = { action: 'click', target: 'button[data-factor="totp"]' } as const;
// The list is newest first: the factor a scenario just added.
const REMOVE_NEWEST =
  '.factor-section:not([aria-busy]) .factor-item:first-child .button-danger-outline';
const MINUTE = 60 * 1000;

function must<T>(result: { ok: true; value: T } | { ok: false; failure: { code: string } }): T {
  if (!result.ok) throw new Error(`scenario set-up failed: ${result.failure.code}`);
  return result.value;
}

/** Bob signed in, his session in sudo mode after a genuine password and code check. */
async function bobInSudo(store: Store) {
  const user = account(store, bob);
  const session = createSession(store, user.id, thisBrowser());
  must(
    await startSudo(
      store,
      user,
      session,
      { password: bob.password, code: totpAt(bobTotpSecret) },
      thisBrowser(),
    ),
  );
  return { user, session };
}

const at = (
  sessionId: string,
  steps: ScenarioPlan['steps'],
  expect: string,
  path = PROFILE,
): ScenarioPlan => ({ sessionId, landing: { path }, steps, expect });

export const factorSetups = {
  /**
   * Two authenticator apps (the newer one renamed "Tablet") and a synced passkey: the list with
   * remove buttons and more than one factor type.
   */
  'profile-factors': async (store) => {
    const { user, session } = await bobInSudo(store);
    const { secret } = must(startEnrollment(user, session));
    const { factor } = must(
      await addAppFactor(store, user, session, totpAt(secret), thisBrowser()),
    );
    must(renameFactor(store, user, factor.id, 'Tablet', thisBrowser()));
    addDemoKey(user, { discoverable: true, backedUp: true, minutesAgo: 2, name: 'Pixel 8' });
    return at(
      session.id,
      [],
      '.factor-section:not([aria-busy]) .factor-item:nth-child(3)',
      FACTOR_LIST,
    );
  },

  /** "Add authenticator app" outside sudo mode: the password and a current code first. */
  'factor-add-reauth': async (store) => {
    const session = createSession(store, account(store, bob).id, thisBrowser());
    return at(session.id, [ADD_APP], 'dialog[open] input[name="password"]');
  },

  /** In sudo mode the set-up opens at once: QR code, key and code field. */
  'factor-add-scan': async (store) => {
    const { session } = await bobInSudo(store);
    return at(session.id, [ADD_APP], 'dialog[open] input[name="code"]');
  },

  /** The code verified: the naming step, prefilled with the default name ("Authenticator app 2"). */
  'factor-naming': async (store) => {
    const { user, session } = await bobInSudo(store);
    const { secret } = must(startEnrollment(user, session));
    return at(
      session.id,
      [ADD_APP, ...enterCode(totpAt(secret))],
      'dialog[open] input[name="name"]',
    );
  },

  /**
   * Removing an app named "Old phone" while Bob's iPhone is signed in too: the dialog offers
   * "Also sign out my other sessions", checked. In sudo mode, so no reauth comes first.
   */
  'factor-remove-sign-out': async (store) => {
    const { user, session } = await bobInSudo(store);
    const { secret } = must(startEnrollment(user, session));
    const { factor } = must(
      await addAppFactor(store, user, session, totpAt(secret), thisBrowser()),
    );
    must(renameFactor(store, user, factor.id, 'Old phone', thisBrowser()));
    otherSession(store, user, otherDevices.phone, 60 * MINUTE, 4 * MINUTE);
    const remove = { action: 'click', target: REMOVE_NEWEST } as const;
    return at(session.id, [remove], 'dialog[open] input[type="checkbox"]', FACTOR_LIST);
  },
} satisfies Record<string, ScenarioSetup>;
