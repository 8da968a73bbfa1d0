import type { Page } from '@playwright/test';
import { MfaDialog } from './mfa-dialog';
import { messages, type Language } from './messages';

/** "Disable MFA" and "Regenerate recovery codes": password plus a code or a recovery code. */
export class ReauthDialog extends MfaDialog {
  static disableMfa(page: Page, lang: Language = 'en'): ReauthDialog {
    return new ReauthDialog(page, lang, 'mfa:disable');
  }

  static regenerateCodes(page: Page, lang: Language = 'en'): ReauthDialog {
    return new ReauthDialog(page, lang, 'mfa:regenerate');
  }

  private constructor(
    page: Page,
    lang: Language,
    private readonly keys: 'mfa:disable' | 'mfa:regenerate',
  ) {
    const text = messages(lang);
    super(page.getByRole('dialog', { name: text.t(`${keys}.title`) }), text);
  }

  /** What the dialog says will happen. */
  get description(): string {
    return this.text.t(`${this.keys}.description`);
  }

  get password() {
    return this.dialog.getByLabel(this.text.t('mfa:reauth.password'), { exact: true });
  }

  get code() {
    return this.dialog.getByLabel(this.text.t('mfa:reauth.codeLabel'), { exact: true });
  }

  get recoveryCode() {
    return this.dialog.getByLabel(this.text.t('mfa:reauth.recoveryLabel'), { exact: true });
  }

  get useRecoveryCode() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useRecovery') });
  }

  get useAuthenticator() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useApp') });
  }

  get useSecurityKey() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useKey') });
  }

  /** The password; the dialog then asks the browser (the virtual authenticator) for the key. */
  async confirmWithKey(password: string): Promise<void> {
    await this.password.fill(password);
    await this.submit.click();
  }

  get submit() {
    return this.dialog.getByRole('button', {
      name: this.text.t(`${this.keys}.submit`),
      exact: true,
    });
  }

  get cancel() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.cancel'), exact: true });
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('common:tryAgain') });
  }

  async confirmWithCode(password: string, code: string): Promise<void> {
    await this.password.fill(password);
    await this.code.fill(code);
    await this.submit.click();
  }

  async confirmWithRecoveryCode(password: string, recoveryCode: string): Promise<void> {
    await this.useRecoveryCode.click();
    await this.password.fill(password);
    await this.recoveryCode.fill(recoveryCode);
    await this.submit.click();
  }
}
