import type { Page } from '@playwright/test';

/** The signed-in console: top bar, avatar menu. */
export class ConsolePage {
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get accountMenuButton() {
    return this.page.getByRole('button', { name: /Account menu/ });
  }

  get profileSettings() {
    return this.page.getByRole('menuitem', { name: 'Profile settings' });
  }

  get signOutItem() {
    return this.page.getByRole('menuitem', { name: 'Sign out' });
  }

  get language() {
    return this.page.getByLabel('Language');
  }

  constructor(private readonly page: Page) {}

  async openProfileSettings(): Promise<void> {
    await this.accountMenuButton.click();
    await this.profileSettings.click();
  }

  async signOut(): Promise<void> {
    await this.accountMenuButton.click();
    await this.signOutItem.click();
  }
}
