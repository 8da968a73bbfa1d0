import type { SecurityEventKind } from '#src/api/activity';
import { now } from '#mocks/db/clock';
import type { Store } from '#mocks/db/schema';
import { seedAccounts } from '#mocks/db/seed';
import { recordPastEvents, recordSecurityEvent, type PastEvent } from '#mocks/db/security-log';
import { otherDevices } from '../other-devices';
import { account, thisBrowser, signedInAt, type ScenarioSetup } from '../plan';

const { alice, bob } = seedAccounts;
const ACTIVITY = '/settings/activity';
const LIST = '.activity-list:not([aria-hidden])';
const MINUTE = 60_000;

const app = { type: 'totp', name: null, number: 1 } as const;

/** A plausible week of Bob's: sign-ins from this browser, a wrong code, sudo mode. */
function usualWeek(end: number): PastEvent[] {
  const here = thisBrowser();
  return [
    { kind: 'signed_in', at: end - 6 * 24 * 60 * MINUTE, client: here, factor: app },
    { kind: 'second_factor_wrong', at: end - 3 * 24 * 60 * MINUTE, client: here, factor: app },
    { kind: 'signed_in', at: end - 3 * 24 * 60 * MINUTE + MINUTE, client: here, factor: app },
    {
      kind: 'sudo_entered',
      at: end - 3 * 24 * 60 * MINUTE + 5 * MINUTE,
      client: here,
      factor: app,
    },
    { kind: 'signed_in', at: end - 2 * 60 * MINUTE, client: here, factor: app },
  ];
}

const longLogKinds: SecurityEventKind[] = [
  'signed_in',
  'signed_in',
  'password_wrong',
  'second_factor_wrong',
  'sudo_entered',
  'factor_renamed',
];

/**
 * 10,000 events over the 90 days kept, from four devices: the log's first page must stay fast
 * (issue 15). Built in one pass rather than 10,000 writes, each of which would prune and scan.
 */
function longLog(end: number): PastEvent[] {
  const clients = [thisBrowser(), ...Object.values(otherDevices)];
  const span = 89 * 24 * 60 * MINUTE;
  return Array.from({ length: 10_000 }, (_, index) => {
    const kind = longLogKinds[index % longLogKinds.length] ?? 'signed_in';
    return {
      kind,
      at: end - Math.round((span * (index + 1)) / 10_000),
      client: clients[index % clients.length] ?? thisBrowser(),
      factor: kind === 'password_wrong' ? null : app,
    };
  });
}

export const activitySetups = {
  /** Bob's security activity: a usual week, newest first, with the filter and exports. */
  'activity-log': async (store: Store) => {
    recordPastEvents(store, account(store, bob), usualWeek(now()));
    return signedInAt(store, bob, ACTIVITY, { expect: LIST });
  },

  /** 10,000 events: the first page, and "Show more" below it. */
  'activity-long': async (store: Store) => {
    recordPastEvents(store, account(store, bob), longLog(now()));
    return signedInAt(store, bob, ACTIVITY, { expect: LIST });
  },

  /**
   * A sign-in from a phone in Osaka that Bob's account has never used: its notice is in the
   * mailbox, and its entry offers "This wasn't me".
   */
  'activity-new-device': async (store: Store) => {
    const user = account(store, bob);
    recordPastEvents(store, user, usualWeek(now() - 10 * MINUTE));
    recordSecurityEvent(store, user, otherDevices.phone, 'signed_in', { factor: app });
    return signedInAt(store, bob, ACTIVITY, { expect: LIST });
  },

  /** Alice has done nothing yet that the log keeps. */
  'activity-empty': async (store: Store) =>
    signedInAt(store, alice, ACTIVITY, { expect: '.activity-empty' }),
} satisfies Record<string, ScenarioSetup>;
