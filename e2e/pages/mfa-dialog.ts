import type { Locator } from '@playwright/test';
import type { Messages } from './messages';

/** What every MFA dialog shares: its error alert and the one-time recovery-codes panel. */
export class MfaDialog {
  constructor(
    readonly dialog: Locator,
    readonly text: Messages,
  ) {}

  get alert() {
    return this.dialog.getByRole('alert');
  }

  get recoveryCodeList() {
    return this.dialog.getByRole('list', {
      name: this.text.t('mfa:recoveryCodes.listLabel'),
      exact: true,
    });
  }

  /** The codes once they are shown (they all arrive at once). */
  async recoveryCodes(): Promise<string[]> {
    await this.recoveryCodeList.waitFor();
    return (await this.recoveryCodeList.getByRole('listitem').allTextContents()).map((code) =>
      code.trim(),
    );
  }

  get copyCodes() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:recoveryCodes.copy') });
  }

  get download() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:recoveryCodes.download') });
  }

  get print() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:recoveryCodes.print') });
  }

  get savedCheckbox() {
    return this.dialog.getByRole('checkbox', { name: this.text.t('mfa:recoveryCodes.saved') });
  }

  /** What Escape shows while the codes are not confirmed as saved. */
  get savedRequiredMessage(): string {
    return this.text.t('mfa:recoveryCodes.savedRequired');
  }

  /** Why Done stays disabled while the codes are not confirmed as saved. */
  get doneHint(): string {
    return this.text.t('mfa:recoveryCodes.doneHint');
  }

  get done() {
    return this.dialog.getByRole('button', {
      name: this.text.t('mfa:wizard.done.done'),
      exact: true,
    });
  }

  /** Confirms the codes are saved and closes. */
  async finish(): Promise<void> {
    await this.savedCheckbox.check();
    await this.done.click();
  }
}
