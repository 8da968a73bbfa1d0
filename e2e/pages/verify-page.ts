import type { Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';

/** The second-factor step: authenticator code, emailed code or recovery code. */
export class VerifyPage {
  readonly text: Messages;

  constructor(
    private readonly page: Page,
    lang: Language = 'en',
  ) {
    this.text = messages(lang);
  }

  /** Heading when the code comes by email (MFA off). */
  get emailTitle(): string {
    return this.text.t('auth:verify.titleEmail');
  }

  /** Heading when the code comes from an authenticator app (MFA on). */
  get totpTitle(): string {
    return this.text.t('auth:verify.titleTotp');
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get code() {
    return this.page.getByLabel(this.text.t('auth:verify.codeLabel'), { exact: true });
  }

  get verify() {
    return this.page.getByRole('button', { name: this.text.t('auth:verify.submit'), exact: true });
  }

  /** Named "Resend code" with or without the wait that follows it. */
  get resend() {
    return this.page.getByRole('button', { name: this.text.t('auth:verify.resend') });
  }

  /** The notice once a new code is on its way. */
  get resent() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.pattern('auth:verify.resent') });
  }

  get useRecoveryCode() {
    return this.page.getByRole('button', {
      name: this.text.t('auth:verify.useRecoveryCode'),
      exact: true,
    });
  }

  get useAuthenticator() {
    return this.page.getByRole('button', {
      name: this.text.t('auth:verify.useAuthenticator'),
      exact: true,
    });
  }

  get recoveryCode() {
    return this.page.getByLabel(this.text.t('auth:verify.recoveryLabel'), { exact: true });
  }

  get backToSignIn() {
    return this.page.getByRole('link', { name: this.text.t('auth:verify.backToSignIn') });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('common:tryAgain') });
  }

  /** Types the code; six digits submit by themselves. */
  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
  }

  async enterRecoveryCode(code: string): Promise<void> {
    await this.useRecoveryCode.click();
    await this.recoveryCode.fill(code);
    await this.verify.click();
  }
}
