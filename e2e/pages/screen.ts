import type { Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';

/**
 * What every screen's page object shares: the app's messages in the test's language, the
 * screen's one `h1`, its announced error, and buttons and fields named exactly by message key.
 */
export class Screen {
  readonly text: Messages;

  constructor(
    protected readonly page: Page,
    lang: Language = 'en',
  ) {
    this.text = messages(lang);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  protected button(key: string) {
    return this.page.getByRole('button', { name: this.text.t(key), exact: true });
  }

  protected field(key: string) {
    return this.page.getByLabel(this.text.t(key), { exact: true });
  }
}
