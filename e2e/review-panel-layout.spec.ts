import type { Locator, Page } from '@playwright/test';
import type { ScenarioName } from '#mocks/scenarios/catalog';
import { expect, test } from './fixtures';
import { ReviewPanelPage } from './pages/review-panel-page';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of what is visible among `locator`'s matches. */
async function boxes(locator: Locator): Promise<{ name: string; box: Box }[]> {
  const found = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) {
      const name = await element.evaluate((e) => `${e.tagName} "${e.textContent?.trim()}"`);
      found.push({ name, box });
    }
  }
  return found;
}

/**
 * What the demo tools must leave uncovered: the app's wordmark, each block of its main content
 * (the sign-in card; Profile settings' heading and cards), and every control it draws.
 */
function content(page: Page): Locator {
  const app = page.locator('#root');
  return app
    .getByText('zenConsole', { exact: true })
    .or(app.locator('main > *'))
    .or(app.getByRole('button'))
    .or(app.getByRole('link'))
    .or(app.getByRole('textbox'))
    .or(app.getByRole('combobox'));
}

async function expectNothingCovered(page: Page, review: ReviewPanelPage): Promise<void> {
  const tools = await boxes(review.strip.or(review.openButton).or(review.hint));
  expect(tools.length).toBeGreaterThan(0);
  const covered = [];
  for (const target of await boxes(content(page)))
    for (const tool of tools)
      if (overlaps(tool.box, target.box)) covered.push(`${tool.name} covers ${target.name}`);
  expect(covered).toEqual([]);
}

const screens: { scenario: ScenarioName; heading: string }[] = [
  { scenario: 'sign-in', heading: 'Sign in' },
  { scenario: 'profile-mfa-on', heading: 'Profile settings' },
];

for (const viewport of [
  { width: 360, height: 640 },
  { width: 480, height: 800 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the demo tools cover nothing of the sign-in screen or Profile settings', async ({
      page,
      mock,
    }) => {
      const review = new ReviewPanelPage(page);
      for (const { scenario, heading } of screens) {
        await test.step(scenario, async () => {
          await mock.scenario(scenario);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await expect(review.openButton).toBeVisible();
          await expectNothingCovered(page, review);
          // Scrolled to the end too: the strip goes up with the page, the hint stays aside.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await expectNothingCovered(page, review);
        });
      }
    });
  });
}
