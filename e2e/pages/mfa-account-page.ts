import type { Page } from '@playwright/test';
import type { MfaText } from './mfa-text';

/**
 * Signing in and out and the MFA row of Profile settings, in the page's language (the shared
 * page objects speak English only).
 */
export class MfaAccountPage {
  constructor(
    private readonly page: Page,
    private readonly text: MfaText,
  ) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get enableMfa() {
    return this.page.getByRole('button', { name: this.text.enableMfa, exact: true });
  }

  get disableMfa() {
    return this.page.getByRole('button', { name: this.text.disableMfa, exact: true });
  }

  get regenerate() {
    return this.page.getByRole('button', { name: this.text.regenerate, exact: true });
  }

  get status() {
    return this.page
      .getByText(this.text.enabled, { exact: true })
      .or(this.page.getByText(this.text.disabled, { exact: true }));
  }

  recoveryCodesRemaining(count: number) {
    return this.page.getByText(this.text.recoveryCodesRemaining(count));
  }

  get codeField() {
    return this.page.getByLabel(this.text.verificationCode, { exact: true });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(this.text.email, { exact: true }).fill(email);
    await this.page.getByLabel(this.text.password, { exact: true }).fill(password);
    await this.page.getByRole('button', { name: this.text.signIn, exact: true }).click();
  }

  async enterRecoveryCode(code: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text.useRecoveryCode, exact: true }).click();
    await this.page.getByLabel(this.text.recoveryCode, { exact: true }).fill(code);
    await this.page.getByRole('button', { name: this.text.verify, exact: true }).click();
  }

  async openProfileSettings(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.accountMenu }).click();
    await this.page.getByRole('menuitem', { name: this.text.profileSettings }).click();
    await this.heading.filter({ hasText: this.text.profileSettings }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.accountMenu }).click();
    await this.page.getByRole('menuitem', { name: this.text.signOut }).click();
  }
}
