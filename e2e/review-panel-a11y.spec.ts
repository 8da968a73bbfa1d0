import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReviewPanelPage } from './pages/review-panel-page';
import { expectNoA11yViolations } from './support/axe';

type Box = { x: number; y: number; width: number; height: number };

const tabs = {
  en: [
    'Scenarios',
    'Authenticator',
    'Mailbox',
    'Clock',
    'Network',
    'Sessions',
    'Language and theme',
  ],
  'zh-CN': ['场景', '身份验证器', '邮箱', '时钟', '网络', '登录设备', '语言和主题'],
} as const;

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`in ${language}, ${colorScheme}`, () => {
      test.use({ locale: language, colorScheme });

      test('the sign-in screen with the demo hint and every panel section pass axe', async ({
        page,
      }) => {
        test.slow();
        const review = new ReviewPanelPage(page, language);
        await page.goto('/sign-in');
        await review.ready();
        await expect(review.hint).toBeVisible();
        await expectNoA11yViolations(
          page,
          `sign-in with the demo hint (${language}, ${colorScheme})`,
        );

        await review.open();
        for (const name of tabs[language]) {
          await review.tab(name).click();
          await expect(review.tab(name)).toHaveAttribute('aria-selected', 'true');
          await expect(review.dialog.getByRole('tabpanel')).not.toBeEmpty();
          await expectNoA11yViolations(page, `review panel, ${name} (${language}, ${colorScheme})`);
        }
      });
    });
  }
}

test('a forced theme overrides the system one and stays after a reload', async ({ page }) => {
  const review = new ReviewPanelPage(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/sign-in');
  await review.ready();
  expect(await background()).toBe('rgb(244, 246, 249)');

  await review.open('Language and theme');
  await review.dialog.getByRole('radio', { name: 'Dark' }).check();
  expect(await background()).toBe('rgb(15, 20, 26)');
  await page.reload();
  await review.ready();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(15, 20, 26)');

  await page.emulateMedia({ colorScheme: 'dark' });
  await review.open('Language and theme');
  await review.dialog.getByRole('radio', { name: 'Light' }).check();
  expect(await background()).toBe('rgb(244, 246, 249)');
  await review.dialog.getByRole('radio', { name: 'Follow the system' }).check();
  expect(await background()).toBe('rgb(15, 20, 26)');
});

test.describe('on a 360 × 640 phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  function overlaps(a: Box, b: Box): boolean {
    return (
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    );
  }

  async function box(locator: Locator): Promise<Box> {
    const found = await locator.boundingBox();
    if (!found) throw new Error('not visible');
    return found;
  }

  test('the button and the demo hint cover no sign-in control; the panel is a sheet', async ({
    page,
    signInPage,
  }) => {
    const review = new ReviewPanelPage(page);
    await page.goto('/sign-in');
    await review.ready();
    await expect(review.showAccounts).toBeVisible();
    const controls = [signInPage.email, signInPage.password, signInPage.submit];
    await expect(signInPage.submit).toBeInViewport();

    // At the top of the page, and scrolled so each control sits at the bottom edge.
    for (const control of [null, ...controls]) {
      if (control) {
        await control.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      }
      const covering = [await box(review.openButton), await box(review.strip)];
      for (const target of controls) {
        const targetBox = await box(target);
        for (const cover of covering) expect(overlaps(cover, targetBox)).toBe(false);
      }
    }
    for (const target of controls)
      expect(overlaps(await box(review.hint), await box(target))).toBe(false);

    await review.open('Authenticator');
    await expect(review.closeButton).toBeInViewport();
    const sheet = await box(review.dialog);
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(360);
    expect(Math.round(sheet.y + sheet.height)).toBe(640);
    await review.closeButton.click();
    await expect(review.dialog).toBeHidden();
  });
});
