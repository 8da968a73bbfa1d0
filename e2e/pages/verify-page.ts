import { expect } from '@playwright/test';
import { Screen } from './screen';

/** The second-factor step: authenticator code, emailed code or recovery code. */
export class VerifyPage extends Screen {
  /** Heading when the code comes by email (MFA off). */
  get emailTitle(): string {
    return this.text.t('verify:titleEmail');
  }

  /** Heading when the code comes from an authenticator app (MFA on). */
  get totpTitle(): string {
    return this.text.t('verify:titleTotp');
  }

  get code() {
    return this.field('verify:codeLabel');
  }

  get verify() {
    return this.button('verify:submit');
  }

  /** Named "Resend code" with or without the wait that follows it. */
  get resend() {
    return this.page.getByRole('button', { name: this.text.t('verify:resend') });
  }

  /** The notice once a new code is on its way. */
  get resent() {
    return this.page.getByRole('status').filter({ hasText: this.text.pattern('verify:resent') });
  }

  get useRecoveryCode() {
    return this.button('verify:useRecoveryCode');
  }

  get useAuthenticator() {
    return this.button('verify:useApp');
  }

  /** "Use your security key": the browser's prompt (here the virtual authenticator) follows. */
  get useSecurityKey() {
    return this.button('key-sign-in:useKey');
  }

  /** The recovery-code field's way back when the account has a key (and maybe an app). */
  get backToKey() {
    return this.page.getByRole('button', {
      name: new RegExp(
        `^(${this.text.t('key-sign-in:useKeyInstead')}|${this.text.t('key-sign-in:useKeyOrApp')})$`,
      ),
    });
  }

  /** The key's and the code's submit buttons, in the order the page offers them. */
  get offers() {
    return this.page.getByRole('button', {
      name: new RegExp(`^(${this.text.t('key-sign-in:useKey')}|${this.text.t('verify:submit')})$`),
    });
  }

  /** The announced message a key error shows, by its `key-errors:` key. */
  keyError(code: string) {
    return this.alert.filter({ hasText: this.text.t(`key-errors:${code}`) });
  }

  get recoveryCode() {
    return this.field('verify:recoveryLabel');
  }

  get backToSignIn() {
    return this.page.getByRole('link', { name: this.text.t('verify:backToSignIn') });
  }

  /** What replaces the form at a dead end: its heading, by `verify:ended.<ending>Title`. */
  endedHeading(ending: 'expired' | 'invalid' | 'locked') {
    return this.page.getByRole('heading', {
      level: 2,
      name: this.text.t(`verify:ended.${ending}Title`),
    });
  }

  /** The throttle's countdown: an alert that is not a live region, so its ticking is not read. */
  get waitAlert() {
    return this.page.locator('.alert-error:not([role])');
  }

  /** Every place on the screen that tells the wait ("… Try again in …"), visible or spoken. */
  waitMentions() {
    return this.page.getByText(this.text.pattern('errors:too_many_attempts_wait'));
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('common:tryAgain') });
  }

  /** Types the code; six digits submit by themselves. */
  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
  }

  /** Presses "Use your security key" once it is ready (it waits for the browser's answer). */
  async pressSecurityKey(): Promise<void> {
    await expect(this.useSecurityKey).not.toHaveAttribute('aria-busy', 'true');
    await this.useSecurityKey.click();
  }

  async enterRecoveryCode(code: string): Promise<void> {
    await this.useRecoveryCode.click();
    await this.recoveryCode.fill(code);
    await this.verify.click();
  }
}
