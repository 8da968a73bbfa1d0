import { seedAccounts } from '#mocks/db/seed';
import { revokeSession } from '#mocks/db/sessions';
import { otherDevices, otherSession } from '../other-devices';
import { account, signedInAt, type ScenarioSetup } from '../plan';

const { bob } = seedAccounts;
const SESSIONS = '/settings/profile';
// The list has arrived (its region is busy until then).
const LOADED = '.session-section:not([aria-busy])';
const MINUTE = 60 * 1000;

export const sessionSetups = {
  /** Bob here, on his phone in another city 5 minutes ago, and on an old laptop since morning. */
  'sessions-several': async (store) => {
    otherSession(store, account(store, bob), otherDevices.phone, 2 * 60 * MINUTE, 5 * MINUTE);
    otherSession(store, account(store, bob), otherDevices.laptop, 9 * 60 * MINUTE, 25 * MINUTE);
    return signedInAt(store, bob, SESSIONS, { expect: `${LOADED} .session-item:nth-child(3)` });
  },

  /** Signed in on this browser only: the list says so, with no "Sign out all" button. */
  'sessions-only-this-device': async (store) =>
    signedInAt(store, bob, SESSIONS, { expect: `${LOADED} .session-empty` }),

  /** Bob's session here was signed out from his other device: sign-in says so. */
  'session-ended-elsewhere': async (store) => {
    const plan = signedInAt(store, bob, SESSIONS, { expect: '.alert-info ~ form' });
    const session = store.sessions.find((candidate) => candidate.id === plan.sessionId);
    if (session) revokeSession(store, session);
    return plan;
  },

  /** "This wasn't me": sign out elsewhere, then review the factors (Bob has one app). */
  'secure-account': async (store) => {
    otherSession(store, account(store, bob), otherDevices.phone, 30 * MINUTE, 3 * MINUTE);
    return signedInAt(store, bob, '/settings/secure-account?event=evt_demo', {
      expect: '#main li',
    });
  },
} satisfies Record<string, ScenarioSetup>;
