import type { Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';

/** The password step: `/sign-in`, in the page's language. */
export class SignInPage {
  readonly text: Messages;

  constructor(
    private readonly page: Page,
    lang: Language = 'en',
  ) {
    this.text = messages(lang);
  }

  /** The heading the screen shows ("Sign in" / "登录"). */
  get title(): string {
    return this.text.t('auth:signIn.heading');
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get email() {
    return this.page.getByLabel(this.text.t('auth:signIn.email'), { exact: true });
  }

  get password() {
    return this.page.getByLabel(this.text.t('auth:signIn.password'), { exact: true });
  }

  get submit() {
    return this.page.getByRole('button', { name: this.text.t('auth:signIn.submit'), exact: true });
  }

  /** The submit button while a sign-in is on its way: its name becomes the progress label. */
  get submitInProgress() {
    return this.page.getByRole('button', {
      name: this.text.t('auth:signIn.submitting'),
      exact: true,
    });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('auth:signIn.retry') });
  }

  /** "You can try signing in again in …" while the password step makes the person wait. */
  waitHint(seconds?: number) {
    return this.page.getByText(
      seconds === undefined
        ? // The whole sentence, any wait: its opening alone ("请在") also begins the alert.
          this.text.pattern('auth:signIn.waitHint')
        : this.text.t('auth:signIn.waitHint', { seconds }),
    );
  }

  /** The notice after an idle session ended. */
  get sessionEnded() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t('auth:signIn.sessionEnded') });
  }

  get language() {
    return this.page.getByLabel(this.text.t('common:language.label'), { exact: true });
  }

  async goto(path = '/sign-in'): Promise<void> {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
