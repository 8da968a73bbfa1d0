import { apiPaths, verifyChallengeResponseSchema } from '#src/api/auth';
import { factorSchema } from '#src/api/factors';
import {
  authenticationOptionsResponseSchema,
  registerKeyResponseSchema,
  registrationOptionsResponseSchema,
  webauthnPaths,
} from '#src/api/webauthn';
import { seedAccounts } from '../db/seed';
import type { TestBrowser } from './client';
import { expectOk } from './client';
import { startSignIn } from './flows';
import {
  authenticationResponse,
  newSoftKey,
  registrationResponse,
  type SoftKeyBehaviour,
  type SoftKey,
} from './soft-keys';

/** The ceremony a browser at `browser.origin` would run for these options. */
export function ceremonyOf(browser: TestBrowser, options: { challenge: string }) {
  return {
    challenge: options.challenge,
    rpId: new URL(browser.origin).hostname,
    origin: browser.origin,
  };
}

export async function registrationOptions(browser: TestBrowser) {
  const response = await browser.post(webauthnPaths.registrationOptions);
  return (await expectOk(response, registrationOptionsResponseSchema)).options;
}

/** Asks for options and answers them with `key` (sudo mode needed); the raw answer. */
export async function postNewKey(
  browser: TestBrowser,
  key: SoftKey,
  behaviour: SoftKeyBehaviour = {},
): Promise<Response> {
  const options = await registrationOptions(browser);
  const credential = registrationResponse(key, ceremonyOf(browser, options), behaviour);
  return browser.post(webauthnPaths.register, { credential });
}

/** A new key, registered and saved; returns it with the factor the server made of it. */
export async function addKey(browser: TestBrowser, behaviour: SoftKeyBehaviour = {}) {
  const key = newSoftKey();
  const response = await postNewKey(browser, key, behaviour);
  const { factor } = await expectOk(response, registerKeyResponseSchema, 201);
  return { key, factor: factorSchema.parse(factor) };
}

/** Options for a key answer: at sign-in (`challengeId`) or for re-authentication (none). */
export async function keyOptions(browser: TestBrowser, challengeId?: string) {
  const response =
    challengeId === undefined
      ? await browser.post(webauthnPaths.reauthOptions)
      : await browser.post(webauthnPaths.signInOptions, { challengeId });
  return (await expectOk(response, authenticationOptionsResponseSchema)).options;
}

/** The key's signed answer to fresh options. */
export async function keyAnswer(
  browser: TestBrowser,
  key: SoftKey,
  challengeId?: string,
  behaviour: SoftKeyBehaviour = {},
) {
  const options = await keyOptions(browser, challengeId);
  return authenticationResponse(key, ceremonyOf(browser, options), behaviour);
}

/** Bob's password step, then the key's answer to the challenge: the raw verify response. */
export async function signInWithKey(
  browser: TestBrowser,
  key: SoftKey,
  behaviour: SoftKeyBehaviour = {},
  account: { email: string; password: string } = seedAccounts.bob,
): Promise<Response> {
  const challenge = await startSignIn(browser, account);
  const credential = await keyAnswer(browser, key, challenge.id, behaviour);
  return browser.post(apiPaths.verifyChallenge, { challengeId: challenge.id, credential });
}

export async function expectSignedIn(response: Response) {
  return (await expectOk(response, verifyChallengeResponseSchema)).user;
}
