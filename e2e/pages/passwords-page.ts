import type { MailMessage } from '#src/api/mock-control';
import { expect } from '@playwright/test';
import { Screen } from './screen';

/**
 * Forgot password, the reset link's screen, and Change password in Profile settings, in the
 * page's language.
 */
export class PasswordsPage extends Screen {
  /** "Forgot password?" on the sign-in form. */
  get forgotLink() {
    return this.page.getByRole('link', { name: this.text.t('auth:signIn.forgotPassword') });
  }

  get email() {
    return this.field('passwords:forgot.email');
  }

  get sendLink() {
    return this.button('passwords:forgot.submit');
  }

  /** "Send another link" on the sent screen. */
  get sendAgain() {
    return this.button('passwords:forgot.sendAgain');
  }

  get forgotTitle(): string {
    return this.text.t('passwords:forgot.heading');
  }

  get sentTitle(): string {
    return this.text.t('passwords:forgot.sentHeading');
  }

  get newPassword() {
    return this.field('passwords:field.new');
  }

  get setPassword() {
    return this.button('passwords:reset.submit');
  }

  get doneTitle(): string {
    return this.text.t('passwords:reset.doneHeading');
  }

  get invalidTitle(): string {
    return this.text.t('passwords:reset.invalidHeading');
  }

  get requestNew() {
    return this.page.getByRole('link', { name: this.text.t('passwords:reset.requestNew') });
  }

  get signIn() {
    return this.page.getByRole('link', { name: this.text.t('passwords:reset.signIn') });
  }

  /** The new password's field error (what the server refused). */
  get newPasswordError() {
    return this.page.locator('.field-error');
  }

  /** The live estimate under the new password, in words. */
  get feedback() {
    return this.page.locator('.password-feedback');
  }

  /**
   * Types a new password and waits until the estimate calls it usable, as a person reads it
   * before submitting: the estimator's dictionaries load on first use, which takes seconds on a
   * loaded machine, and the server judges with the same estimator.
   */
  async chooseNewPassword(password: string) {
    await this.newPassword.fill(password);
    await expect(this.feedback).toContainText(this.text.t('passwords:strength.accepted'));
  }

  /** The newest reset link mailed to `to`, as a path on the app. */
  static resetLink(mails: MailMessage[], to: string): string {
    const link = mails.find((mail) => mail.to === to && mail.link)?.link;
    if (!link) throw new Error(`no reset link mailed to ${to}`);
    return link;
  }

  /** Profile settings' "Change password" and its dialog. */
  get openChange() {
    return this.button('passwords:change.open');
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: this.text.t('passwords:change.title') });
  }

  get currentPassword() {
    return this.dialog.getByLabel(this.text.t('passwords:change.current'), { exact: true });
  }

  get signOutOthers() {
    return this.dialog.getByRole('checkbox', {
      name: this.text.t('passwords:change.signOutOthers'),
    });
  }

  get submitChange() {
    return this.dialog.getByRole('button', {
      name: this.text.t('passwords:change.submit'),
      exact: true,
    });
  }

  get changedToast() {
    return this.page.getByRole('status').filter({ hasText: this.text.t('passwords:change.done') });
  }
}
