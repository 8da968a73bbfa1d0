import type { Page } from '@playwright/test';

/** The second-factor step: authenticator code, emailed code or recovery code. */
export class VerifyPage {
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get code() {
    return this.page.getByLabel('Verification code');
  }

  get verify() {
    return this.page.getByRole('button', { name: 'Verify' });
  }

  get resend() {
    return this.page.getByRole('button', { name: /Resend code/ });
  }

  get useRecoveryCode() {
    return this.page.getByRole('button', { name: 'Use a recovery code' });
  }

  get recoveryCode() {
    return this.page.getByLabel('Recovery code');
  }

  get backToSignIn() {
    return this.page.getByRole('link', { name: 'Back to sign in' });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  constructor(private readonly page: Page) {}

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
