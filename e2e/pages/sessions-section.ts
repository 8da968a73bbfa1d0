import type { Page } from '@playwright/test';
import { CardSection } from './card-section';
import type { Language } from './messages';

/** Profile settings' "Where you're signed in" card and its sign-out dialogs. */
export class SessionsSection extends CardSection {
  constructor(page: Page, lang: Language = 'en') {
    super(page, lang, 'profile:sessions.title');
  }

  /** The row of the session whose device is `name` ("Chrome on Android"). */
  item(name: string) {
    return this.items.filter({ hasText: name });
  }

  get thisDevice() {
    return this.region.getByText(this.text.t('profile:sessions.thisDevice'), { exact: true });
  }

  get emptyState() {
    return this.region.getByText(this.text.t('profile:sessions.onlyThisDevice'));
  }

  signOutButton(name: string) {
    return this.regionButton('profile:sessions.signOutNamed', { name });
  }

  get signOutOthersButton() {
    return this.regionButton('profile:sessions.signOutOthers');
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  get confirmButton() {
    return this.dialog.getByRole('button', {
      name: new RegExp(
        `^(${this.text.t('profile:sessions.signOutConfirm')}|${this.text.t('profile:sessions.signOutOthersConfirm')})$`,
      ),
    });
  }

  reauth() {
    return this.reauthIn(this.dialog);
  }

  /** "Browser on OS", as the list names a device. */
  deviceName(browser: string, os: string): string {
    return this.text.t('profile:sessions.device.browserOnOs', { browser, os });
  }

  /** The notice once one session (`name`) or `count` other sessions were signed out. */
  signedOutToast(what: { name: string } | { count: number }) {
    const text =
      'name' in what
        ? this.text.t('profile:sessions.signedOutOne', what)
        : this.text.t(
            `profile:sessions.signedOutOthers_${new Intl.PluralRules(this.text.lang).select(what.count)}`,
            what,
          );
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
