import {
  addAppFactorResponseSchema,
  factorListResponseSchema,
  factorPaths,
  sudoResponseSchema,
} from '#src/api/factors';
import { now } from '../db/clock';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectOk } from './client';
import { totpAt } from './codes';
import { nextStepCode, signInBob, startEnrollment } from './flows';

/** Sudo mode for Bob's session: his password and a fresh code from `secret`. */
export async function enterSudo(browser: TestBrowser, secret: string = bobTotpSecret) {
  const response = await browser.post(factorPaths.sudo, {
    password: seedAccounts.bob.password,
    code: await nextStepCode(secret),
  });
  return expectOk(response, sudoResponseSchema);
}

export async function listFactors(browser: TestBrowser) {
  return (await expectOk(await browser.get(factorPaths.factors), factorListResponseSchema)).factors;
}

/** One more authenticator app, set up and confirmed with its first code (sudo mode needed). */
export async function addApp(browser: TestBrowser) {
  const { secret } = await startEnrollment(browser);
  const response = await browser.post(factorPaths.factors, { code: totpAt(secret, now()) });
  return { secret, ...(await expectOk(response, addAppFactorResponseSchema, 201)) };
}

/** A new browser with Bob signed in, in sudo mode. */
export async function bobInSudo(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInBob(browser);
  await enterSudo(browser);
  return browser;
}
