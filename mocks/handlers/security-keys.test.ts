import { describe, expect, it } from 'vitest';
import { factorPaths } from '#src/api/factors';
import { webauthnPaths } from '#src/api/webauthn';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { bobInSudo, listFactors } from '../testing/factor-flows';
import { enrollAlice, mailbox, nextStepCode, signInBob } from '../testing/flows';
import { addKey, ceremonyOf, postNewKey, registrationOptions } from '../testing/key-flows';
import { setupMockServer } from '../testing/server';
import { newSoftKey, registrationResponse } from '../testing/soft-keys';

setupMockServer();

describe('adding a security key or passkey', () => {
  it('needs sudo mode for the options and for the answer', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    await expectError(await browser.post(webauthnPaths.registrationOptions), 'reauth_required');
    const credential = registrationResponse(newSoftKey(), {
      challenge: 'AAAA',
      rpId: 'x',
      origin: browser.origin,
    });
    await expectError(
      await browser.post(webauthnPaths.register, { credential }),
      'reauth_required',
    );
  });

  it('offers ES256 and RS256 only, for this host, with no attestation and the keys excluded', async () => {
    const browser = await bobInSudo();
    const first = await registrationOptions(browser);
    expect(first.rp.id).toBe(new URL(browser.origin).hostname);
    expect(first.pubKeyCredParams.map((param) => param.alg)).toEqual([-7, -257]);
    expect(first).toMatchObject({ attestation: 'none', excludeCredentials: [] });
    expect(first.user.name).toBe(seedAccounts.bob.email);
    const { key } = await addKey(browser);
    const second = await registrationOptions(browser);
    expect(second.excludeCredentials?.map((entry) => entry.id)).toEqual([key.credentialId]);
    expect(second.challenge).not.toBe(first.challenge);
  });

  it('saves a passkey once it verified, without a name, this device only, with a notice', async () => {
    const browser = await bobInSudo();
    const { factor } = await addKey(browser);
    expect(factor).toMatchObject({ type: 'passkey', name: null, number: 1, synced: false });
    const factors = await listFactors(browser);
    expect(factors.map((listed) => [listed.type, listed.number])).toEqual([
      ['passkey', 1],
      ['totp', 1],
    ]);
    expect(JSON.stringify(factors)).not.toMatch(/publicKey|credentialId|counter/);
    const notices = (await mailbox(browser)).filter((mail) =>
      /factor was added/.test(mail.subject),
    );
    expect(notices).toHaveLength(1);
  });

  it('numbers keys that do not sign in by themselves as security keys 1, then 2; synced ones say so', async () => {
    const browser = await bobInSudo();
    const first = await addKey(browser, { discoverable: false });
    const second = await addKey(browser, { discoverable: false, backedUp: true });
    expect(
      [first.factor, second.factor].map(({ type, number, synced }) => [type, number, synced]),
    ).toEqual([
      ['security_key', 1, false],
      ['security_key', 2, true],
    ]);
  });

  it('refuses a key already registered here, and one registered to another account', async () => {
    const bob = await bobInSudo();
    const { key } = await addKey(bob);
    await expectError(await postNewKey(bob, key), 'webauthn_already_registered');
    const alice = new TestBrowser();
    const { secret } = await enrollAlice(alice);
    await alice.post(factorPaths.sudo, {
      password: seedAccounts.alice.password,
      code: await nextStepCode(secret),
    });
    await expectError(await postNewKey(alice, key), 'webauthn_other_account');
    expect(await listFactors(bob)).toHaveLength(2);
    expect(await listFactors(alice)).toHaveLength(1);
  });

  it('refuses a refused fingerprint or PIN, and saves nothing', async () => {
    const browser = await bobInSudo();
    await expectError(
      await postNewKey(browser, newSoftKey(), { userVerified: false }),
      'webauthn_not_verified',
    );
    expect(await listFactors(browser)).toHaveLength(1);
  });

  it('refuses an answer made for another origin, another host or another challenge', async () => {
    const browser = await bobInSudo();
    const cases = [
      { origin: 'https://evil.test' },
      { rpId: 'evil.test' },
      { challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' },
    ];
    for (const change of cases) {
      const options = await registrationOptions(browser);
      const ceremony = { ...ceremonyOf(browser, options), ...change };
      const credential = registrationResponse(newSoftKey(), ceremony);
      await expectError(
        await browser.post(webauthnPaths.register, { credential }),
        'webauthn_failed',
      );
    }
    expect(await listFactors(browser)).toHaveLength(1);
  });

  it('uses each challenge once, and leaves nothing behind when a set-up is abandoned or expires', async () => {
    const browser = await bobInSudo();
    const options = await registrationOptions(browser);
    const credential = registrationResponse(newSoftKey(), ceremonyOf(browser, options));
    await advanceClock(5 * 60);
    await expectError(
      await browser.post(webauthnPaths.register, { credential }),
      'webauthn_expired',
    );
    // The same answer again: the challenge was spent by the first try.
    await expectError(
      await browser.post(webauthnPaths.register, { credential }),
      'webauthn_expired',
    );
    expect(await listFactors(browser)).toHaveLength(1);
  });

  it('stops at eight factors of any kind', async () => {
    const browser = await bobInSudo();
    for (let i = 0; i < 7; i += 1) await addKey(browser, { discoverable: i % 2 === 0 });
    expect(await listFactors(browser)).toHaveLength(8);
    await expectError(
      await browser.post(webauthnPaths.registrationOptions),
      'factor_limit_reached',
    );
  });
});
