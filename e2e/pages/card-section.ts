import type { Locator, Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';
import { ReauthFields } from './reauth-fields';

/**
 * What Profile settings' cards share (second factors, "Where you're signed in"): the app's
 * messages in the test's language, the card as a region named by its title, its list, its
 * buttons named by message key, and the "confirm it's you" step inside a dialog it opens.
 */
export class CardSection {
  readonly text: Messages;

  constructor(
    protected readonly page: Page,
    lang: Language,
    private readonly titleKey: string,
  ) {
    this.text = messages(lang);
  }

  get region() {
    return this.page.getByRole('region', { name: this.text.t(this.titleKey) });
  }

  get items() {
    return this.region.getByRole('listitem');
  }

  /** The card's button whose name is the message `key` (with `values`). */
  protected regionButton(key: string, values?: Record<string, string | number>) {
    return this.region.getByRole('button', { name: this.text.t(key, values) });
  }

  /** The dialog whose title is the message `key`. */
  protected dialogTitled(key: string, values?: Record<string, string | number>) {
    return this.page.getByRole('dialog', { name: this.text.t(key, values) });
  }

  /** The password-and-factor step inside `dialog`. */
  protected reauthIn(dialog: Locator): ReauthFields {
    return new ReauthFields(dialog, this.text);
  }
}
