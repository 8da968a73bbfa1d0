import type { Locator, Page } from '@playwright/test';

/** The security activity page, by roles and labels. */
export class ActivityPage {
  readonly entries: Locator;
  readonly filter: Locator;
  readonly showMore: Locator;

  constructor(
    readonly page: Page,
    readonly text: { filter: string; showMore: string },
  ) {
    this.entries = page.locator('.activity-list:not([aria-hidden]) > li');
    this.filter = page.getByLabel(text.filter, { exact: true });
    this.showMore = page.getByRole('button', { name: text.showMore });
  }

  entry(index: number): Locator {
    return this.entries.nth(index);
  }

  time(index: number): Locator {
    return this.entry(index).locator('time');
  }
}
