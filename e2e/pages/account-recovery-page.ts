import { Screen } from './screen';

/**
 * "Lost access to your authenticator?" on the second-factor step, account recovery's steps
 * there, and the console's recovery banner.
 */
export class AccountRecoveryPage extends Screen {
  get lostAccess() {
    return this.button('verify:lostAccess.link');
  }

  get helpTitle(): string {
    return this.text.t('verify:lostAccess.help.title');
  }

  get codeTitle(): string {
    return this.text.t('verify:lostAccess.code.title');
  }

  get pendingTitle(): string {
    return this.text.t('verify:lostAccess.pending.title');
  }

  get useRecoveryCode() {
    return this.button('verify:lostAccess.help.useCode');
  }

  get request() {
    return this.button('verify:lostAccess.help.request');
  }

  get code() {
    return this.field('verify:lostAccess.code.label');
  }

  /** The pending recovery in the console, with its two ways to stop it. */
  get pendingBanner() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t('mfa:recoveryBanner.pendingTitle') });
  }

  get notMe() {
    return this.pendingBanner.getByRole('button', {
      name: this.text.t('mfa:recoveryBanner.notMe'),
    });
  }

  get cancel() {
    return this.pendingBanner.getByRole('button', {
      name: this.text.t('mfa:recoveryBanner.cancel'),
    });
  }

  get cancelledNotMe() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t('mfa:recoveryBanner.cancelledNotMe') });
  }

  /** After a recovery turned MFA off: the way to set it up again. */
  get completedBanner() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t('mfa:recoveryBanner.completedTitle') });
  }

  get enableMfa() {
    return this.completedBanner.getByRole('link', {
      name: this.text.t('mfa:recoveryBanner.enable'),
    });
  }

  /** From the second-factor step to the pending recovery, with the code the mock mailed. */
  async requestWith(mailedCode: () => Promise<string>): Promise<void> {
    await this.lostAccess.click();
    await this.heading.filter({ hasText: this.helpTitle }).waitFor();
    await this.request.click();
    await this.heading.filter({ hasText: this.codeTitle }).waitFor();
    // Six digits submit by themselves.
    await this.code.fill(await mailedCode());
    await this.heading.filter({ hasText: this.pendingTitle }).waitFor();
  }
}
