import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { disableMfaResponseSchema } from '#src/api/mfa';
import {
  factorListResponseSchema,
  factorPath,
  factorPaths,
  sudoResponseSchema,
} from '#src/api/factors';
import { webauthnPaths } from '#src/api/webauthn';
import { now } from '../db/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { totpAt } from '../testing/codes';
import { bobInSudo, listFactors } from '../testing/factor-flows';
import { enrollAlice, nextStepCode, signedInAlice, startSignIn } from '../testing/flows';
import { addKey, expectSignedIn, keyAnswer, keyOptions, signInWithKey } from '../testing/key-flows';
import { setupMockServer } from '../testing/server';
import { authenticationResponse, newSoftKey } from '../testing/soft-keys';
import { bobTotpSecret } from '../db/seed';

setupMockServer();

describe('signing in with a security key', () => {
  it('offers the kinds the account has, the most recently used first', async () => {
    const browser = await bobInSudo();
    expect((await startSignIn(browser, seedAccounts.bob)).methods).toEqual(['totp']);
    const { key } = await addKey(browser);
    // Added just now: the key is the most recently used kind.
    expect((await startSignIn(browser, seedAccounts.bob)).methods).toEqual(['webauthn', 'totp']);
    const challenge = await startSignIn(browser, seedAccounts.bob);
    await expectSignedIn(
      await browser.post(apiPaths.verifyChallenge, {
        challengeId: challenge.id,
        code: await nextStepCode(bobTotpSecret),
      }),
    );
    expect((await startSignIn(browser, seedAccounts.bob)).methods).toEqual(['totp', 'webauthn']);
    await expectSignedIn(await signInWithKey(browser, key));
    expect((await startSignIn(browser, seedAccounts.bob)).methods).toEqual(['webauthn', 'totp']);
  });

  it('lists the same methods, in the same order, for a reauth', async () => {
    const browser = await bobInSudo();
    const methods = async () =>
      (await expectOk(await browser.get(factorPaths.factors), factorListResponseSchema)).methods;
    expect(await methods()).toEqual(['totp']);
    await addKey(browser);
    expect(await methods()).toEqual(['webauthn', 'totp']);
    expect(await methods()).toEqual((await startSignIn(browser, seedAccounts.bob)).methods);
  });

  it('signs in with the key: only its keys are allowed, for this host', async () => {
    const browser = await bobInSudo();
    const { key, factor } = await addKey(browser);
    const fresh = new TestBrowser();
    const challenge = await startSignIn(fresh, seedAccounts.bob);
    const options = await keyOptions(fresh, challenge.id);
    expect(options.rpId).toBe(new URL(fresh.origin).hostname);
    expect(options.allowCredentials?.map((entry) => entry.id)).toEqual([key.credentialId]);
    const user = await expectSignedIn(await signInWithKey(fresh, key));
    expect(user.email).toBe(seedAccounts.bob.email);
    const used = (await listFactors(fresh)).find((listed) => listed.id === factor.id);
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it('uses each challenge once: a replayed answer is refused', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    const challenge = await startSignIn(browser, seedAccounts.bob);
    const credential = await keyAnswer(browser, key, challenge.id);
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code: '000000' }),
      'invalid_code',
    );
    await expectSignedIn(
      await browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, credential }),
    );
    const again = await startSignIn(browser, seedAccounts.bob);
    await expectError(
      await browser.post(apiPaths.verifyChallenge, { challengeId: again.id, credential }),
      'webauthn_expired',
    );
  });

  it('refuses a key whose counter did not move forward (a cloned key)', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    await expectSignedIn(await signInWithKey(browser, key));
    key.counter -= 1; // the clone answers with the counter the original already used
    await expectError(await signInWithKey(browser, key), 'webauthn_failed');
  });

  it('refuses a refused fingerprint or PIN, and counts it toward the throttle', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    for (let i = 0; i < 5; i += 1) {
      await expectError(
        await signInWithKey(browser, key, { userVerified: false }),
        'webauthn_not_verified',
      );
    }
    await expectError(await signInWithKey(browser, key), 'too_many_attempts');
  });

  it('refuses a key that belongs to another account', async () => {
    const bob = await bobInSudo();
    await addKey(bob);
    const alice = new TestBrowser();
    const { secret } = await enrollAlice(alice);
    await alice.post(factorPaths.sudo, {
      password: seedAccounts.alice.password,
      code: await nextStepCode(secret),
    });
    const { key: aliceKey } = await addKey(alice);
    const challenge = await startSignIn(bob, seedAccounts.bob);
    const options = await keyOptions(bob, challenge.id);
    const credential = authenticationResponse(aliceKey, {
      challenge: options.challenge,
      rpId: new URL(bob.origin).hostname,
      origin: bob.origin,
    });
    await expectError(
      await bob.post(apiPaths.verifyChallenge, { challengeId: challenge.id, credential }),
      'webauthn_other_account',
    );
  });

  it('has no key options for an account without keys, and no key answer to an emailed code', async () => {
    const bob = new TestBrowser();
    const challenge = await startSignIn(bob, seedAccounts.bob);
    await expectError(
      await bob.post(webauthnPaths.signInOptions, { challengeId: challenge.id }),
      'no_security_key',
    );
    const alice = new TestBrowser();
    const emailed = await startSignIn(alice, seedAccounts.alice);
    const credential = authenticationResponse(newSoftKey(), {
      challenge: 'AAAA',
      rpId: 'x',
      origin: alice.origin,
    });
    const details = await expectError(
      await alice.post(apiPaths.verifyChallenge, { challengeId: emailed.id, credential }),
      'invalid_request',
    );
    expect(details.fields).toEqual(['credential']);
  });
});

describe('re-authenticating with a security key', () => {
  it('lets a key-only account enter sudo mode, sign in and turn MFA off with its key', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    const app = (await listFactors(browser)).find((factor) => factor.type === 'totp');
    expect((await browser.delete(factorPath(app?.id ?? ''))).status).toBe(200);
    expect((await startSignIn(browser, seedAccounts.bob)).methods).toEqual(['webauthn']);
    await expectSignedIn(await signInWithKey(browser, key));
    await expectError(
      await browser.post(factorPaths.sudo, {
        password: seedAccounts.bob.password,
        code: totpAt(bobTotpSecret, now()),
      }),
      'invalid_code',
    );
    const credential = await keyAnswer(browser, key);
    await expectOk(
      await browser.post(factorPaths.sudo, { password: seedAccounts.bob.password, credential }),
      sudoResponseSchema,
    );
    const disabled = await browser.post(apiPaths.disableMfa, {
      password: seedAccounts.bob.password,
      credential: await keyAnswer(browser, key),
    });
    expect((await expectOk(disabled, disableMfaResponseSchema)).mfa.enabled).toBe(false);
  });

  it('keeps the challenge for the right password: a wrong one spends nothing', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    const credential = await keyAnswer(browser, key);
    await expectError(
      await browser.post(factorPaths.sudo, { password: 'wrong', credential }),
      'invalid_password',
    );
    await expectOk(
      await browser.post(factorPaths.sudo, { password: seedAccounts.bob.password, credential }),
      sudoResponseSchema,
    );
  });

  it('needs options first, and refuses a sign-in answer used for re-authentication', async () => {
    const browser = await bobInSudo();
    const { key } = await addKey(browser);
    const challenge = await startSignIn(browser, seedAccounts.bob);
    const credential = await keyAnswer(browser, key, challenge.id);
    await expectError(
      await browser.post(factorPaths.sudo, { password: seedAccounts.bob.password, credential }),
      'webauthn_expired',
    );
    const none = await signedInAlice();
    await expectError(await none.post(webauthnPaths.reauthOptions), 'no_security_key');
  });
});
