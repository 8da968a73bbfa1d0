import {
  addAppFactorResponseSchema,
  factorListResponseSchema,
  factorPaths,
  sudoResponseSchema,
} from '#src/api/factors';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectOk } from './client';
import { nextStepCode, signInBob, startEnrollment, totpCode } from './flows';

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
  const response = await browser.post(factorPaths.factors, { code: totpCode(secret) });
  return { secret, ...(await expectOk(response, addAppFactorResponseSchema, 201)) };
}

/** A new browser with Bob signed in, in sudo mode. */
export async function bobInSudo(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInBob(browser);
  await enterSudo(browser);
  return browser;
}

/** A code that is wrong (not merely skewed) for every one of `secrets`. */
export function wrongCodeForAll(...secrets: string[]): string {
  const near = new Set(
    secrets.flatMap((secret) => Array.from({ length: 43 }, (_, i) => totpCode(secret, i - 21))),
  );
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}
