import type { Page } from '@playwright/test';
import { messages, type Language, type Messages } from './messages';
import { ReauthFields } from './reauth-fields';

/** Profile settings' "Where you're signed in" card and its sign-out dialogs. */
export class SessionsSection {
  readonly text: Messages;

  constructor(
    private readonly page: Page,
    lang: Language = 'en',
  ) {
    this.text = messages(lang);
  }

  get region() {
    return this.page.getByRole('region', { name: this.text.t('profile:sessions.title') });
  }

  get rows() {
    return this.region.getByRole('listitem');
  }

  get thisDevice() {
    return this.region.getByText(this.text.t('profile:sessions.thisDevice'), { exact: true });
  }

  get emptyState() {
    return this.region.getByText(this.text.t('profile:sessions.onlyThisDevice'));
  }

  signOutButton(name: string) {
    return this.region.getByRole('button', {
      name: this.text.t('profile:sessions.signOutNamed', { name }),
    });
  }

  get signOutOthersButton() {
    return this.region.getByRole('button', { name: this.text.t('profile:sessions.signOutOthers') });
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

  reauth(): ReauthFields {
    return new ReauthFields(this.dialog, this.text);
  }

  /** "Browser on OS", as the list names a device. */
  deviceName(browser: string, os: string): string {
    return this.text.t('profile:sessions.device.browserOnOs', { browser, os });
  }
}
