import { test as base } from './fixtures';
import { MfaAccountPage } from './pages/mfa-account-page';
import {
  disableMfaDialog,
  regenerateCodesDialog,
  type MfaReauthDialog,
} from './pages/mfa-dialogs-page';
import { mfaText, type MfaText } from './pages/mfa-text';
import { MfaWizardPage } from './pages/mfa-wizard-page';

type MfaFixtures = {
  /** The words of the page's language (`test.use({ locale: 'zh-CN' })` switches them). */
  text: MfaText;
  account: MfaAccountPage;
  wizard: MfaWizardPage;
  disableDialog: MfaReauthDialog;
  regenerateDialog: MfaReauthDialog;
};

// The second parameter is called `provide`, not `use`: the React hooks lint rule reads `use(…)`
// as React's hook.
export const test = base.extend<MfaFixtures>({
  text: async ({ locale }, provide) => provide(mfaText[locale === 'zh-CN' ? 'zh-CN' : 'en']),
  account: async ({ page, text }, provide) => provide(new MfaAccountPage(page, text)),
  wizard: async ({ page, text }, provide) => provide(new MfaWizardPage(page, text)),
  disableDialog: async ({ page, text }, provide) => provide(disableMfaDialog(page, text)),
  regenerateDialog: async ({ page, text }, provide) => provide(regenerateCodesDialog(page, text)),
});

export { alice, bob, expect, totpCode } from './fixtures';
