import { describe, expect, it } from 'vitest';
import { seedAsVersion1 } from '../testing/store-v1';
import { loadStore } from './schema';
import { bobMfaEnabledAt, bobTotpSecret, createSeedStore } from './seed';

describe('migrating a version 1 store', () => {
  it('turns the TOTP secret into a first factor without a name, number 1, with its dates', async () => {
    const v1 = await seedAsVersion1();
    const bob = (v1.users as { mfa: Record<string, unknown> }[])[1];
    if (bob) Object.assign(bob.mfa, { lastStep: 123, lastUsedAt: bobMfaEnabledAt + 60_000 });
    const loaded = loadStore(JSON.stringify(v1));
    if (!loaded.store) throw new Error('the version 1 store was not migrated');
    const [alice, migratedBob] = loaded.store.users;
    expect(loaded.store.version).toBe(2);
    expect(alice?.mfa.factors).toEqual([]);
    expect(migratedBob?.mfa.factors).toEqual([
      {
        id: 'fct_usr_bob_1',
        method: 'totp',
        name: null,
        number: 1,
        secret: bobTotpSecret,
        createdAt: bobMfaEnabledAt,
        lastUsedAt: bobMfaEnabledAt + 60_000,
        lastStep: 123,
      },
    ]);
    expect(migratedBob?.mfa.enabledAt).toBe(bobMfaEnabledAt);
  });

  it('loses nothing else: recovery codes, sessions, mailbox, throttle, passwords', async () => {
    const seed = await createSeedStore();
    const v1 = await seedAsVersion1();
    const mail = {
      id: 'm1',
      to: 'bob@example.com',
      subject: 's',
      body: 'b',
      sentAt: '2026-01-15T09:00:00.000Z',
    };
    v1.mailbox = [mail];
    const loaded = loadStore(JSON.stringify(v1));
    if (!loaded.store) throw new Error('the version 1 store was not migrated');
    expect(loaded.store.users.map((user) => user.mfa.recoveryCodeHashes)).toEqual(
      seed.users.map((user) => user.mfa.recoveryCodeHashes),
    );
    expect(loaded.store.users.map((user) => user.password)).toEqual(
      seed.users.map((user) => user.password),
    );
    // Fields sessions gained later load as unknown (the list shows "Unknown"), with a new handle.
    expect(loaded.store.sessions).toEqual([
      {
        id: 'ses_old',
        userId: 'usr_bob',
        createdAt: 5,
        lastSeenAt: 6,
        sudoUntil: null,
        handle: expect.stringMatching(/^sh_/),
        address: null,
        userAgent: '',
      },
    ]);
    expect(loaded.store.mailbox).toEqual([mail]);
    expect(loaded).not.toHaveProperty('notice');
  });

  it('still resets a version 1 store that is broken, with the old-version notice', () => {
    expect(loadStore(JSON.stringify({ version: 1, users: 'nobody' }))).toEqual({
      store: null,
      notice: 'reset_old_version',
    });
  });
});

describe('migrating challenges saved with `method`', () => {
  it('renames `method` to `type` (`totp` becomes `mfa`), keeping every other field', async () => {
    const seed = await createSeedStore();
    const saved = {
      ...seed,
      challenges: [
        { id: 'chl_a', userId: 'usr_bob', expiresAt: 9, method: 'totp' },
        {
          id: 'chl_b',
          userId: 'usr_alice',
          expiresAt: 9,
          method: 'email',
          codeHash: 'h',
          lastSentAt: 1,
        },
      ],
    };
    const loaded = loadStore(JSON.stringify(saved));
    expect(loaded.store?.challenges).toEqual([
      { id: 'chl_a', userId: 'usr_bob', expiresAt: 9, type: 'mfa' },
      {
        id: 'chl_b',
        userId: 'usr_alice',
        expiresAt: 9,
        type: 'email',
        codeHash: 'h',
        lastSentAt: 1,
      },
    ]);
    expect(loaded.store?.version).toBe(2);
  });
});

describe('migrating factors saved with `kind`', () => {
  it('renames `kind` to `method`, keeping every other field', async () => {
    const seed = await createSeedStore();
    const saved = JSON.parse(JSON.stringify(seed));
    const [bobFactor] = saved.users[1].mfa.factors;
    saved.users[1].mfa.factors = [{ ...bobFactor, method: undefined, kind: bobFactor.method }];
    const loaded = loadStore(JSON.stringify(saved));
    expect(loaded.store?.users[1]?.mfa.factors).toEqual(seed.users[1]?.mfa.factors);
  });
});

describe('migrating the English default names of version 2', () => {
  it('drops a name the server gave ("Authenticator app 2", "Passkey"), keeps a person\'s own', async () => {
    const store = await createSeedStore();
    const bob = store.users[1];
    if (!bob) throw new Error('no Bob');
    const factor = bob.mfa.factors[0];
    if (!factor) throw new Error('no factor');
    // Stored before numbers existed: no `number`.
    const app: Partial<typeof factor> = { ...factor };
    delete app.number;
    const key = { credentialId: 'c', publicKey: 'p', counter: 0, transports: [], backedUp: true };
    const old = [
      { ...app, name: 'Authenticator app' },
      { ...app, id: 'fct_2', name: 'Authenticator app 2' },
      { ...app, id: 'fct_3', name: 'Work phone' },
      { ...app, ...key, id: 'fct_4', method: 'webauthn', discoverable: true, name: 'Passkey' },
      { ...app, ...key, id: 'fct_5', method: 'webauthn', discoverable: false, name: 'Passkey 2' },
    ];
    const json = JSON.parse(JSON.stringify(store)) as { users: { mfa: { factors: unknown } }[] };
    const oldBob = json.users[1];
    if (oldBob) oldBob.mfa.factors = old;
    const loaded = loadStore(JSON.stringify(json));
    expect(loaded.store?.users[1]?.mfa.factors.map(({ name, number }) => [name, number])).toEqual([
      [null, 1],
      [null, 2],
      ['Work phone', 1],
      [null, 1],
      ['Passkey 2', 1],
    ]);
  });
});
