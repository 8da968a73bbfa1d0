import type { Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';

/** Any address the app does not know. */
export class NotFoundPage {
  readonly text: Messages;

  constructor(
    private readonly page: Page,
    lang: Language = 'en',
  ) {
    this.text = messages(lang);
  }

  get title(): string {
    return this.text.t('common:notFound.title');
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get homeLink() {
    return this.page.getByRole('link', { name: this.text.t('common:notFound.home') });
  }

  async goto(path = '/no-such-page'): Promise<void> {
    await this.page.goto(path);
  }
}
