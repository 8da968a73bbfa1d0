import type { Page } from '@playwright/test';
import { MfaDialog } from './mfa-dialog';
import type { MfaText } from './mfa-text';

/** "Disable MFA" and "Regenerate recovery codes": password plus a code or a recovery code. */
export class MfaReauthDialog extends MfaDialog {
  constructor(
    page: Page,
    text: MfaText,
    title: string,
    private readonly submitName: string,
  ) {
    super(page.getByRole('dialog', { name: title }), text);
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
