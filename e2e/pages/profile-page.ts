import { Screen } from './screen';

/** Profile settings: the profile and the MFA row (status, recovery codes left, actions). */
export class ProfilePage extends Screen {
  get title(): string {
    return this.text.t('profile:heading');
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
    return this.button('mfa:actions.disable');
  }

  get regenerate() {
    return this.button('mfa:actions.regenerate');
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
