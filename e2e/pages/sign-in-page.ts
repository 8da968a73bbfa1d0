import type { Page } from '@playwright/test';

export class SignInPage {
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get email() {
    return this.page.getByLabel('Email');
  }

  get password() {
    return this.page.getByLabel('Password');
  }

  get submit() {
    return this.page.getByRole('button', { name: 'Sign in' });
  }

  /** The submit button while a sign-in is on its way: its name becomes the progress label. */
  get submitInProgress() {
    return this.page.getByRole('button', { name: 'Signing in…' });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  constructor(private readonly page: Page) {}

  async goto(path = '/sign-in'): Promise<void> {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
