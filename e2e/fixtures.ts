import { test as base, expect } from '@playwright/test';
import { bobTotpSecret, seedAccounts } from '#mocks/db/seed';
import { mockPaths } from '#src/api/mock-control';
import { enterNewWorld } from './support/worlds';
import { ConsolePage } from './pages/console-page';
import { FactorsSection } from './pages/factors-section';
import { languageOf, messages, type Language, type Messages } from './pages/messages';
import { MfaWizardPage } from './pages/mfa-wizard-page';
import { NotFoundPage } from './pages/not-found-page';
import { PasswordsPage } from './pages/passwords-page';
import { ProfilePage } from './pages/profile-page';
import { ReauthDialog } from './pages/reauth-dialog';
import { SignInPage } from './pages/sign-in-page';
import { VerifyPage } from './pages/verify-page';
import { MockControl } from './support/mock-control';
import { keyJourneys, type KeySteps } from './support/key-journeys';
import { VirtualKeys } from './support/virtual-keys';

/** The seed accounts; every test starts from them. */
export const alice = seedAccounts.alice;
export const bob = { ...seedAccounts.bob, secret: bobTotpSecret };

/** Set per project in playwright.config.ts. */
export type BackendOptions = {
  /**
   * The SPA talks to a backend over HTTP (the `real-backend` project) rather than to MSW in its
   * own page: the backend's state outlives the browser context, so each test gets a world of
   * its own on it (e2e/support/worlds.ts), and tests run side by side.
   */
  realBackend: boolean;
};

export type HostOptions = {
  /**
   * Open the app as `localhost` rather than 127.0.0.1 (both projects' servers answer to both):
   * `test.use({ onLocalhost: true })` in specs that use security keys.
   */
  onLocalhost: boolean;
};

type App = {
  signIn: SignInPage;
  verify: VerifyPage;
  console: ConsolePage;
  profile: ProfilePage;
};

type Fixtures = {
  /** The page's language, from the `locale` option: `test.use({ locale: 'zh-CN' })`. */
  lang: Language;
  /** The app's messages in that language, for assertions: `text.t('errors:invalid_code')`. */
  text: Messages;
  /** Content-Security-Policy violations the page reported; any left at the end fail the test. */
  cspViolations: string[];
  /** A world of its own on a shared backend for the test (real-backend project only). */
  freshBackend: void;
  mock: MockControl;
  signInPage: SignInPage;
  verifyPage: VerifyPage;
  consolePage: ConsolePage;
  profilePage: ProfilePage;
  wizard: MfaWizardPage;
  disableDialog: ReauthDialog;
  regenerateDialog: ReauthDialog;
  notFoundPage: NotFoundPage;
  factors: FactorsSection;
  /** The screens of the sign-in journey in one fixture, so a test names what it needs once. */
  app: App;
  /**
   * Virtual keys (Chromium's WebAuthn emulation), attached to the page for the test (open the app on
   * `localhost`, `test.use({ onLocalhost: true })`: WebAuthn refuses 127.0.0.1).
   */
  virtualKeys: VirtualKeys;
  /** Sign in with a code or a key, add a passkey (see e2e/support/key-journeys.ts). */
  keySteps: KeySteps;
  /** On the sign-in form: password, then the code the mock mailed (accounts with MFA off). */
  signInWithMailedCode: (account: { email: string; password: string }) => Promise<void>;
  /** Forgot password, the reset link's screen, Change password. */
  passwordsPage: PasswordsPage;
};

/**
 * Every test gets a fresh browser context, so the simulated backend starts from the seed
 * (its store lives in that context's localStorage); with a real backend it gets a new world.
 */
export const test = base.extend<Fixtures & BackendOptions & HostOptions>({
  onLocalhost: [false, { option: true }],
  // WebAuthn refuses an IP address as the relying-party ID: the same server, named localhost.
  baseURL: async ({ baseURL, onLocalhost }, use) =>
    use(onLocalhost ? baseURL?.replace('//127.0.0.1:', '//localhost:') : baseURL),
  lang: async ({ locale }, use) => use(languageOf(locale)),
  text: async ({ lang }, use) => use(messages(lang)),
  realBackend: [false, { option: true }],
  freshBackend: [
    async ({ realBackend, request, context, baseURL }, use) => {
      if (realBackend && !(await enterNewWorld(request, context, baseURL))) {
        // A backend without worlds: one shared state, reset first (run it with --workers=1).
        expect((await request.post(mockPaths.reset)).status()).toBe(204);
      }
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
  mock: async ({ page, lang }, use, testInfo) => {
    const mock = new MockControl(page, lang);
    await use(mock);
    // A failing test leaves the mailbox in its report: the codes and notices it saw.
    if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
      const mailbox = await mock.mailbox().catch(() => null);
      if (mailbox)
        await testInfo.attach('mock mailbox', {
          body: JSON.stringify(mailbox, null, 2),
          contentType: 'application/json',
        });
    }
    // Faults persist in the mock's storage: switch them off so a kept context is not left broken.
    if (mock.faultsTouched && !page.isClosed()) await mock.clearFaults().catch(() => undefined);
  },
  signInPage: async ({ page, lang }, use) => use(new SignInPage(page, lang)),
  verifyPage: async ({ page, lang }, use) => use(new VerifyPage(page, lang)),
  consolePage: async ({ page, lang }, use) => use(new ConsolePage(page, lang)),
  profilePage: async ({ page, lang }, use) => use(new ProfilePage(page, lang)),
  app: async ({ signInPage, verifyPage, consolePage, profilePage }, use) =>
    use({ signIn: signInPage, verify: verifyPage, console: consolePage, profile: profilePage }),
  wizard: async ({ page, lang }, use) => use(new MfaWizardPage(page, lang)),
  disableDialog: async ({ page, lang }, use) => use(ReauthDialog.disableMfa(page, lang)),
  regenerateDialog: async ({ page, lang }, use) => use(ReauthDialog.regenerateCodes(page, lang)),
  notFoundPage: async ({ page, lang }, use) => use(new NotFoundPage(page, lang)),
  factors: async ({ page, lang }, use) => use(new FactorsSection(page, lang)),
  keySteps: async ({ page, signInPage, verifyPage, factors, mock }, use) =>
    use(keyJourneys(page, { signInPage, verifyPage, factors }, mock)),
  virtualKeys: async ({ page }, use) => {
    const virtualKeys = await VirtualKeys.attach(page);
    await use(virtualKeys);
    if (!page.isClosed()) await virtualKeys.detach().catch(() => undefined);
  },
  signInWithMailedCode: async ({ mock, signInPage, verifyPage }, use) =>
    use(async ({ email, password }) => {
      await signInPage.signIn(email, password);
      // The code is mailed when the password step answers: read it once its screen shows.
      await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
      await verifyPage.enterCode(await mock.latestCode(email));
    }),
  passwordsPage: async ({ page, lang }, use) => use(new PasswordsPage(page, lang)),
});

export { expect };
