import type { Locator, Page } from '@playwright/test';
import type { MfaText } from './mfa-text';

/** "Disable MFA" and "Regenerate recovery codes": password plus a code or a recovery code. */
export class MfaReauthDialog {
  readonly dialog: Locator;

  constructor(
    page: Page,
    private readonly text: MfaText,
    title: string,
    private readonly submitName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  get password() {
    return this.dialog.getByLabel(this.text.password, { exact: true });
  }

  get code() {
    return this.dialog.getByLabel(this.text.verificationCode, { exact: true });
  }

  get recoveryCode() {
    return this.dialog.getByLabel(this.text.recoveryCode, { exact: true });
  }

  get useRecoveryCode() {
    return this.dialog.getByRole('button', { name: this.text.useRecoveryInstead });
  }

  get submit() {
    return this.dialog.getByRole('button', { name: this.submitName, exact: true });
  }

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

  get savedCheckbox() {
    return this.dialog.getByRole('checkbox', { name: this.text.saved });
  }

  get done() {
    return this.dialog.getByRole('button', { name: this.text.done, exact: true });
  }

  async confirmWithCode(password: string, code: string): Promise<void> {
    await this.password.fill(password);
    await this.code.fill(code);
    await this.submit.click();
  }
}

export function disableMfaDialog(page: Page, text: MfaText): MfaReauthDialog {
  return new MfaReauthDialog(page, text, text.disableMfa, text.disableMfa);
}

export function regenerateCodesDialog(page: Page, text: MfaText): MfaReauthDialog {
  return new MfaReauthDialog(page, text, text.regenerate, text.regenerateSubmit);
}
