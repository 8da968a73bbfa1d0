import { Screen } from './screen';

/** The password step: `/sign-in`, in the page's language. */
export class SignInPage extends Screen {
  /** The heading the screen shows ("Sign in" / "登录"). */
  get title(): string {
    return this.text.t('auth:signIn.heading');
  }

  get email() {
    return this.field('auth:signIn.email');
  }

  get password() {
    return this.field('auth:signIn.password');
  }

  get submit() {
    return this.button('auth:signIn.submit');
  }

  /** The submit button while a sign-in is on its way: its name becomes the progress label. */
  get submitInProgress() {
    return this.button('auth:signIn.submitting');
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('common:tryAgain') });
  }

  /** The throttle's countdown: an alert that is not a live region, so its ticking is not read. */
  get waitAlert() {
    return this.page.locator('.alert-error:not([role])');
  }

  /** Every place on the screen that tells the wait ("… Try again in …"), visible or spoken. */
  waitMentions() {
    return this.page.getByText(this.text.pattern('errors:too_many_attempts_wait'));
  }

  /** The polite status that says when the wait starts and when it is over. */
  get waitStatus() {
    return this.page.getByRole('status').filter({ hasText: /./ });
  }

  /** The notice after an idle session ended. */
  get sessionEnded() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t('auth:signIn.sessionEnded') });
  }

  get language() {
    return this.field('common:language.label');
  }

  async goto(path = '/sign-in'): Promise<void> {
    await this.page.goto(path);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** The first half of most journeys: open the form and send the password, up to the code step. */
  async signInAs(account: { email: string; password: string }): Promise<void> {
    await this.goto();
    await this.signIn(account.email, account.password);
  }
}
