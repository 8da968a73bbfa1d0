import { Screen } from './screen';

/** The signed-in console: home, top bar, avatar menu, language switch. */
export class ConsolePage extends Screen {
  /** The home heading for `name` ("Welcome, Alice Zhang"). */
  welcome(name: string): string {
    return this.text.t('common:home.heading', { name });
  }

  /** The avatar button; its name carries the person's name ("Account menu, Alice Zhang"). */
  get accountMenuButton() {
    return this.page.getByRole('button', { name: this.text.pattern('common:accountMenu.button') });
  }

  get profileSettings() {
    return this.page.getByRole('menuitem', {
      name: this.text.t('common:accountMenu.profileSettings'),
    });
  }

  get signOutItem() {
    return this.page.getByRole('menuitem', { name: this.text.t('common:accountMenu.signOut') });
  }

  get language() {
    return this.field('common:language.label');
  }

  /** What the home page says of MFA: the line when on, the warning when off. */
  get mfaSummary() {
    return this.page.getByText(this.text.t('common:home.mfaOn')).or(this.mfaOffBanner);
  }

  /** MFA off: the warning with its "Enable MFA" link. */
  get mfaOffBanner() {
    return this.page.getByRole('status').filter({ hasText: this.text.t('profile:mfa.offTitle') });
  }

  /** The warning's link to Profile settings with "Enable MFA" open. */
  get enableMfa() {
    return this.mfaOffBanner.getByRole('link', { name: this.text.t('mfa:actions.enable') });
  }

  /** Through the avatar menu, and waits for the settings page. */
  async openProfileSettings(): Promise<void> {
    await this.accountMenuButton.click();
    await this.profileSettings.click();
    await this.heading.filter({ hasText: this.text.t('profile:heading') }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.accountMenuButton.click();
    await this.signOutItem.click();
  }
}
