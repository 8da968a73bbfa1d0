import { now } from '#mocks/db/clock';
import { randomId } from '#mocks/db/crypto';
import { nextNumber } from '#mocks/db/factors';
import type { KeyFactorRecord, Store, UserRecord } from '#mocks/db/schema';
import { seedAccounts } from '#mocks/db/seed';
import { account, atSecondFactor, FACTOR_LIST, signedInAt, type ScenarioSetup } from '../plan';

const { alice, bob } = seedAccounts;

// A real P-256 public key (COSE, base64url) whose private half was thrown away: the review
// states show keys the way the server holds them, but no browser can answer for them.
const DEMO_PUBLIC_KEY =
  'pQECAyYgASFYIHHVQvEw80J03inTzd96DVBBqTtu9D-dQfBjLr2JoIqXIlggXj0VNUd2D8DIF_LK3gSkzHlipCRaeby9KoQY-ZuTFGo';

type DemoKey = { discoverable: boolean; backedUp: boolean; minutesAgo: number; name?: string };

/** A key as registration would have saved it, added and last used `minutesAgo`. */
export function addDemoKey(user: UserRecord, key: DemoKey): KeyFactorRecord {
  const at = now() - key.minutesAgo * 60_000;
  const record: KeyFactorRecord = {
    id: randomId('fct_'),
    method: 'webauthn',
    name: key.name ?? null,
    number: nextNumber(user, key.discoverable ? 'passkey' : 'security_key'),
    credentialId: randomId(),
    publicKey: DEMO_PUBLIC_KEY,
    counter: 0,
    transports: key.discoverable ? ['internal', 'hybrid'] : ['usb', 'nfc'],
    discoverable: key.discoverable,
    backedUp: key.backedUp,
    createdAt: at,
    lastUsedAt: at,
  };
  user.mfa.factors.push(record);
  user.mfa.lastUsedAt = Math.max(user.mfa.lastUsedAt ?? at, at);
  return record;
}

/** Bob's app, plus a synced passkey and a security key for this device only. */
function bobWithKeys(store: Store): UserRecord {
  const user = account(store, bob);
  addDemoKey(user, { discoverable: true, backedUp: true, minutesAgo: 60, name: 'iCloud Keychain' });
  addDemoKey(user, { discoverable: false, backedUp: false, minutesAgo: 5, name: 'YubiKey 5C' });
  return user;
}

export const keySetups = {
  /** Alice (MFA off) pressed "Enable MFA": the first factor can be an app or a key. */
  'enable-choice': async (store) =>
    signedInAt(store, alice, '/settings/profile?dialog=enable-mfa', {
      expect: 'dialog[open] .method-option',
    }),

  /** The list with every kind: app, synced passkey, security key for this device only. */
  'profile-keys': async (store) => {
    bobWithKeys(store);
    return signedInAt(store, bob, FACTOR_LIST, {
      expect: '.factor-section:not([aria-busy]) .factor-item:nth-child(3)',
    });
  },

  /**
   * The same list on its way: answers take 10 s from the moment the console has drawn, so the
   * list's placeholder rows hold its place (the session is already in hand).
   */
  'profile-factors-loading': async (store) => {
    bobWithKeys(store);
    return signedInAt(store, bob, '/', {
      steps: [
        // Waits for the console home (its heading), so the session is not the slow answer.
        { action: 'click', target: 'main h1' },
        { action: 'setFaults', faults: { latencyMs: 10_000 } },
        { action: 'navigate', to: FACTOR_LIST },
      ],
      expect: '.factor-section[aria-busy="true"]',
    });
  },

  /** A key was used last: the challenge offers it first, the app's code below. */
  'key-challenge': async (store) => {
    bobWithKeys(store);
    return atSecondFactor(store, bob, { expect: 'button[data-factor="security_key"]' });
  },

  /** Keys only (the app removed): no code field, the key and a recovery code. */
  'key-only-challenge': async (store) => {
    const user = bobWithKeys(store);
    user.mfa.factors = user.mfa.factors.filter((factor) => factor.method !== 'totp');
    return atSecondFactor(store, bob, { expect: 'button[data-factor="security_key"]' });
  },
} satisfies Record<string, ScenarioSetup>;
