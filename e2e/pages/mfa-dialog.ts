import type { Locator } from '@playwright/test';
import type { MfaText } from './mfa-text';

/** What every MFA dialog shares: its error alert and the one-time recovery-codes panel. */
export class MfaDialog {
  constructor(
    readonly dialog: Locator,
    protected readonly text: MfaText,
  ) {}

  get alert() {
    return this.dialog.getByRole('alert');
  }

  get recoveryCodeList() {
    return this.dialog.getByRole('list', { name: this.text.recoveryCodes, exact: true });
  }

  /** The codes once they are shown (they all arrive at once). */
  async recoveryCodes(): Promise<string[]> {
    await this.recoveryCodeList.waitFor();
    return (await this.recoveryCodeList.getByRole('listitem').allTextContents()).map((code) =>
      code.trim(),
    );
  }

  get download() {
    return this.dialog.getByRole('button', { name: this.text.download });
  }

  get savedCheckbox() {
    return this.dialog.getByRole('checkbox', { name: this.text.saved });
  }

  get done() {
    return this.dialog.getByRole('button', { name: this.text.done, exact: true });
  }
}
