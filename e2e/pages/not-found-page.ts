import { Screen } from './screen';

/** Any address the app does not know. */
export class NotFoundPage extends Screen {
  get title(): string {
    return this.text.t('common:notFound.title');
  }

  get homeLink() {
    return this.page.getByRole('link', { name: this.text.t('common:notFound.home') });
  }

  async goto(path = '/no-such-page'): Promise<void> {
    await this.page.goto(path);
  }
}
