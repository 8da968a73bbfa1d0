import { hashPassword } from './password';
import { hashRecoveryCode } from './recovery-codes';
import { STORE_VERSION, type Store, type UserRecord } from './schema';

export const seedAccounts = {
  alice: {
    id: 'usr_alice',
    email: 'alice@example.com',
    password: 'Alice#2026',
    name: 'Alice Zhang',
  },
  bob: { id: 'usr_bob', email: 'bob@example.com', password: 'Bob#2026', name: 'Bob Lee' },
} as const;

/** Bob's authenticator key (RFC 6238's test key), published for QA. */
export const bobTotpSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const bobMfaEnabledAt = Date.parse('2026-01-15T09:00:00Z');

/** Bob's recovery codes, published for QA; the store only ever holds their hashes. */
export const bobRecoveryCodes = [
  'q2rb5-hx5a8',
  '8z6tp-t7y7f',
  'gt7w7-ztggu',
  'hmbvh-smabg',
  'vrruy-mdj6p',
  '6tgce-fedmm',
  'a7acx-4wr52',
  'pprer-rwetb',
  'cc7p3-u24s9',
  'p79au-mt6n3',
] as const;

const noThrottle = { failures: 0, lastFailureAt: null };

async function buildSeed(): Promise<Store> {
  const { alice, bob } = seedAccounts;
  const aliceRecord: UserRecord = {
    id: alice.id,
    email: alice.email,
    name: alice.name,
    password: await hashPassword(alice.password),
    mfa: { factors: [], enabledAt: null, lastUsedAt: null, recoveryCodeHashes: [] },
    enrollment: null,
    throttle: noThrottle,
  };
  const bobRecord: UserRecord = {
    id: bob.id,
    email: bob.email,
    name: bob.name,
    password: await hashPassword(bob.password),
    mfa: {
      factors: [
        {
          id: 'fct_bob_app',
          method: 'totp',
          name: null,
          number: 1,
          secret: bobTotpSecret,
          createdAt: bobMfaEnabledAt,
          lastUsedAt: bobMfaEnabledAt,
          lastStep: null,
        },
      ],
      enabledAt: bobMfaEnabledAt,
      lastUsedAt: bobMfaEnabledAt,
      recoveryCodeHashes: await Promise.all(
        bobRecoveryCodes.map((code) => hashRecoveryCode(code.replace('-', ''))),
      ),
    },
    enrollment: null,
    throttle: noThrottle,
  };
  return {
    version: STORE_VERSION,
    users: [aliceRecord, bobRecord],
    challenges: [],
    sessions: [],
    mailbox: [],
    passwordThrottle: [],
    webauthnChallenges: [],
    endedSessions: [],
    securityEvents: [],
    accountRecoveries: [],
    passwordResets: [],
  };
}

// Hashing is the slow part of a reset; the salts may repeat across resets of one page load.
let cached: Promise<Store> | undefined;

export async function createSeedStore(): Promise<Store> {
  cached ??= buildSeed();
  return structuredClone(await cached);
}
