import { expect, type Page } from '@playwright/test';
import type { FactorsSection } from '../pages/factors-section';
import type { SignInPage } from '../pages/sign-in-page';
import type { VerifyPage } from '../pages/verify-page';
import type { MockControl } from './mock-control';

/** What the page calls a first passkey that has no name yet, in English. */
export const PASSKEY_DEFAULT_NAME = 'Passkey';

export type KeySteps = ReturnType<typeof keyJourneys>;

type Account = { email: string; password: string; secret: string };

/**
 * Steps the key journeys share. Each code is taken a step later on the mock's clock than the
 * one before, so none is a replay (SEC-7).
 */
export function keyJourneys(
  page: Page,
  pages: { signInPage: SignInPage; verifyPage: VerifyPage; factors: FactorsSection },
  mock: MockControl,
) {
  const { signInPage, verifyPage, factors } = pages;
  const freshCode = async (secret: string) => {
    await mock.advanceClock(30);
    return mock.codeNow(secret);
  };

  return {
    freshCode,

    /** Password, then the authenticator app's code; lands wherever the app sends the person. */
    async signInWithCode(account: Account) {
      await signInPage.signIn(account.email, account.password);
      await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
      await verifyPage.enterCode(await freshCode(account.secret));
    },

    /** Password, then the key (the virtual authenticator answers the browser's prompt). */
    async signInWithKey(account: { email: string; password: string }) {
      await signInPage.signIn(account.email, account.password);
      await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
      await verifyPage.pressSecurityKey();
    },

    /** Signed in with a code on Profile settings, then a passkey added there. */
    async signInAndAddPasskey(account: Account, name?: string) {
      await page.goto('/settings/profile');
      await this.signInWithCode(account);
      await this.addPasskey(account, name);
    },

    /**
     * On Profile settings, outside sudo mode: "Add security key or passkey", password and code,
     * Continue, then the name (or the default when `name` is not given).
     */
    async addPasskey(account: Account, name?: string) {
      await factors.addKey.click();
      await factors.addKeyReauth.password.fill(account.password);
      await factors.addKeyReauth.code.fill(await freshCode(account.secret));
      await factors.continue.click();
      await expect(
        factors.addKeyDialog.getByText(factors.text.t('profile:factors.addKeyIntro')),
      ).toBeVisible();
      await factors.continue.click();
      const field = factors.nameField('passkey');
      // The server gives no name; the page suggests its type, in the page's language.
      await expect(field).toHaveValue(factors.text.t('profile:factors.type.passkey'));
      if (name) await field.fill(name);
      await factors
        .namingDialog('passkey')
        .getByRole('button', { name: factors.text.t('profile:factors.save') })
        .click();
      await expect(factors.namingDialog('passkey')).toBeHidden();
    },
  };
}
