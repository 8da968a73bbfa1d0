import { test as base, expect } from '@playwright/test';
import { mockPaths } from '../src/api/mock-control';
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

/** Set per project in playwright.config.ts. */
export type BackendOptions = {
  /**
   * The SPA talks to a backend over HTTP (the `real-backend` project) rather than to MSW in its
   * own page: the backend's state outlives the browser context, so each test resets it first.
   */
  realBackend: boolean;
};

type Fixtures = {
  /** Content-Security-Policy violations the page reported; any left at the end fail the test. */
  cspViolations: string[];
  /** Resets a shared backend before the test (real-backend project only). */
  freshBackend: void;
  mock: MockControl;
  signInPage: SignInPage;
  verifyPage: VerifyPage;
  consolePage: ConsolePage;
  /** On the sign-in form: password, then the code the mock mailed (accounts with MFA off). */
  signInWithMailedCode: (account: { email: string; password: string }) => Promise<void>;
};

/**
 * Every test gets a fresh browser context, so the simulated backend starts from the seed
 * (its store lives in that context's localStorage); with a real backend it is reset instead.
 */
export const test = base.extend<Fixtures & BackendOptions>({
  realBackend: [false, { option: true }],
  freshBackend: [
    async ({ realBackend, request }, use) => {
      if (realBackend) expect((await request.post(mockPaths.reset)).status()).toBe(204);
      await use();
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'the page broke its Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
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
