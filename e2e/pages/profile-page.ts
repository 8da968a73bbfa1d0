import { RECOVERY_CODE_COUNT } from '#src/api/codes';
import { Screen } from './screen';

/**
 * Profile settings: the profile, the MFA row (status, recovery codes left, actions; off, the
 * call to enable it) and the warning when recovery codes run low.
 */
export class ProfilePage extends Screen {
  get title(): string {
    return this.text.t('profile:heading');
  }

  /** The MFA status row, named by its heading. */
  get mfaRow() {
    return this.page.getByRole('region', { name: this.text.t('profile:mfa.label'), exact: true });
  }

  /** "Enabled since <date>": the one line that says since when. */
  get enabledSince() {
    return this.mfaRow.getByText(this.text.pattern('profile:mfa.enabledSince'));
  }

  /** MFA off: the warning that carries "Enable MFA". */
  get mfaOffBanner() {
    return this.page.getByRole('status').filter({ hasText: this.text.t('profile:mfa.offTitle') });
  }

  /** The warning at one or two recovery codes left (`remaining`). */
  recoveryCodesBanner(remaining: number) {
    return this.page.getByRole('status').filter({
      hasText: this.text.t('profile:mfa.lowCodesTitle', { remaining, total: RECOVERY_CODE_COUNT }),
    });
  }

  /** Any recovery-codes warning, whatever the count. */
  get anyRecoveryCodesBanner() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.pattern('profile:mfa.lowCodesTitle') });
  }

  /** The warning's own "Regenerate recovery codes". */
  regenerateFromBanner(remaining: number) {
    return this.recoveryCodesBanner(remaining).getByRole('button', {
      name: this.text.t('mfa:actions.regenerate'),
      exact: true,
    });
  }

  /** The MFA status words: "Enabled" / "Disabled". */
  get enabledLabel(): string {
    return this.text.t('profile:mfa.enabled');
  }

  get disabledLabel(): string {
    return this.text.t('profile:mfa.disabled');
  }

  get enableMfa() {
    return this.button('mfa:actions.enable');
  }

  /** "Enable MFA"'s first question: an authenticator app, or a security key or passkey. */
  get choiceDialog() {
    return this.page.getByRole('dialog', { name: this.text.t('mfa:choice.title'), exact: true });
  }

  get chooseApp() {
    return this.choiceDialog.getByRole('button', {
      name: this.text.t('mfa:choice.app.title'),
      exact: true,
    });
  }

  get chooseKey() {
    return this.choiceDialog.getByRole('button', {
      name: this.text.t('mfa:choice.key.title'),
      exact: true,
    });
  }

  /** "Enable MFA", then the authenticator app: the wizard's first step. */
  async enableWithApp(): Promise<void> {
    await this.enableMfa.click();
    await this.chooseApp.click();
  }

  get disableMfa() {
    return this.rowButton('mfa:actions.disable');
  }

  /** The MFA row's button (the recovery-codes warning may carry a second one). */
  get regenerate() {
    return this.rowButton('mfa:actions.regenerate');
  }

  private rowButton(key: string) {
    return this.mfaRow.getByRole('button', { name: this.text.t(key), exact: true });
  }

  /** The status word, whichever it is. */
  get status() {
    return this.page
      .getByText(this.enabledLabel, { exact: true })
      .or(this.page.getByText(this.disabledLabel, { exact: true }));
  }

  recoveryCodesRemaining(remaining: number) {
    return this.page.getByText(this.text.t('profile:mfa.recoveryCodesRemaining', { remaining }));
  }

  /** The notice after MFA was turned off. */
  get disabledNotice() {
    return this.page.getByRole('status').filter({ hasText: this.text.t('mfa:disable.success') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings/profile');
  }
}
