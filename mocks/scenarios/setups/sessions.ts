import type { Client } from '#mocks/db/device';
import type { Store } from '#mocks/db/schema';
import { seedAccounts } from '#mocks/db/seed';
import { createSession, revokeSession } from '#mocks/db/sessions';
import { account, signedInAt, type ScenarioSetup } from '../plan';

const { bob } = seedAccounts;
const SESSIONS = '/settings/profile';
// The list has arrived (its region is busy until then).
const LOADED = '.session-section:not([aria-busy])';
const MINUTE = 60 * 1000;

/** Documentation addresses (RFC 5737, RFC 3849) and the browsers people recognise. */
const otherDevices = {
  phone: {
    address: '198.51.100.23',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  },
  laptop: {
    address: '2001:db8::17',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  },
} satisfies Record<string, Client>;

/**
 * Another session of Bob's that started `startedAgo` and last made a request `activeAgo`, as if
 * the clock had run: both inside the idle and absolute limits, so it is live.
 */
function otherSession(store: Store, client: Client, startedAgo: number, activeAgo: number) {
  const session = createSession(store, account(store, bob).id, client);
  session.createdAt -= startedAgo;
  session.lastSeenAt -= activeAgo;
  session.lastActiveAt = session.lastSeenAt;
  return session;
}

export const sessionSetups = {
  /** Bob here, on his phone in another city 5 minutes ago, and on an old laptop since morning. */
  'sessions-several': async (store) => {
    otherSession(store, otherDevices.phone, 2 * 60 * MINUTE, 5 * MINUTE);
    otherSession(store, otherDevices.laptop, 9 * 60 * MINUTE, 25 * MINUTE);
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
    otherSession(store, otherDevices.phone, 30 * MINUTE, 3 * MINUTE);
    return signedInAt(store, bob, '/settings/secure-account?event=evt_demo', {
      expect: '#main li',
    });
  },
} satisfies Record<string, ScenarioSetup>;
