import { appFactors } from './factors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recoveryCodesSchema } from '#src/api/codes';
import { PBKDF2_ITERATIONS, verifyPassword } from './password';
import { storeSchema } from './schema';
import { bobRecoveryCodes, bobTotpSecret, createSeedStore, seedAccounts } from './seed';
import { consumeRecoveryCode } from './recovery-codes';

describe('seed', () => {
  it('matches the store schema', async () => {
    expect(storeSchema.safeParse(await createSeedStore()).success).toBe(true);
  });

  it('stores passwords only as salted PBKDF2 hashes that verify', async () => {
    const [alice, bob] = (await createSeedStore()).users;
    if (!alice || !bob) throw new Error('seed accounts missing');
    expect(alice.password.iterations).toBe(PBKDF2_ITERATIONS);
    expect(alice.password.salt).not.toBe(bob.password.salt);
    expect(JSON.stringify(alice)).not.toContain(seedAccounts.alice.password);
    await expect(verifyPassword(seedAccounts.alice.password, alice.password)).resolves.toBe(true);
    await expect(verifyPassword(seedAccounts.bob.password, bob.password)).resolves.toBe(true);
    await expect(verifyPassword('Alice#2025', alice.password)).resolves.toBe(false);
  });

  it('has Alice without MFA and Bob with MFA since 2026-01-15', async () => {
    const [alice, bob] = (await createSeedStore()).users;
    expect(alice?.mfa.factors).toEqual([]);
    expect(bob?.mfa.factors.map((factor) => [factor.method, factor.name, factor.number])).toEqual([
      ['totp', null, 1],
    ]);
    expect(bob && appFactors(bob).map((factor) => factor.secret)).toEqual([bobTotpSecret]);
    expect(bob?.mfa.enabledAt).toBe(Date.parse('2026-01-15T09:00:00Z'));
  });

  it('publishes 10 well-formed recovery codes for Bob and stores only their hashes (SEC-17)', async () => {
    expect(z.safeParse(recoveryCodesSchema, [...bobRecoveryCodes]).success).toBe(true);
    const store = await createSeedStore();
    const json = JSON.stringify(store);
    for (const code of bobRecoveryCodes) {
      expect(json).not.toContain(code);
      expect(json).not.toContain(code.replace('-', ''));
    }
    const bob = store.users[1];
    if (!bob) throw new Error('seed accounts missing');
    await expect(consumeRecoveryCode(bob, bobRecoveryCodes[0].replace('-', ''))).resolves.toBe(
      true,
    );
    expect(bob.mfa.recoveryCodeHashes).toHaveLength(9);
  });

  it('hands out independent copies', async () => {
    const first = await createSeedStore();
    first.users = [];
    expect((await createSeedStore()).users).toHaveLength(2);
  });
});
