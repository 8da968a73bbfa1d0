import { test as base, expect } from '@playwright/test';
import { ConsolePage } from './pages/console-page';
import { SignInPage } from './pages/sign-in-page';
import { VerifyPage } from './pages/verify-page';
import { MockControl } from './support/mock-control';
import { BOB_SECRET, totpCode } from './support/totp';

export const alice = { email: 'alice@example.com', password: 'Alice#2026', name: 'Alice Zhang' };
export const bob = {
  email: 'bob@example.com',
  password: 'Bob#2026',
  name: 'Bob Lee',
  secret: BOB_SECRET,
};

type Fixtures = {
  mock: MockControl;
  signInPage: SignInPage;
  verifyPage: VerifyPage;
  consolePage: ConsolePage;
  /** On the sign-in form: password, then the code the mock mailed (accounts with MFA off). */
  signInWithMailedCode: (account: { email: string; password: string }) => Promise<void>;
};

/**
 * Every test gets a fresh browser context, so the simulated backend starts from the seed
 * (its store lives in that context's localStorage).
 */
export const test = base.extend<Fixtures>({
  mock: async ({ page }, use) => use(new MockControl(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  verifyPage: async ({ page }, use) => use(new VerifyPage(page)),
  consolePage: async ({ page }, use) => use(new ConsolePage(page)),
  signInWithMailedCode: async ({ mock, signInPage, verifyPage }, use) =>
    use(async ({ email, password }) => {
      await signInPage.signIn(email, password);
      await verifyPage.enterCode(await mock.latestCode(email));
    }),
});

export { expect, totpCode };
