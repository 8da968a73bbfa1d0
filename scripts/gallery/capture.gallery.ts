import { test as base, expect, type Page } from '@playwright/test';
import { scenarioHref } from '#mocks/scenarios/catalog';
import {
  galleryDir,
  galleryLanguages,
  galleryScenarios,
  gallerySizes,
  galleryThemes,
  pictureStepPrefix,
  shotFile,
  shotLabel,
  type Shot,
} from './shots';

/**
 * One page per worker, kept for every scenario it captures: each scenario link resets the
 * simulated backend itself, so a fresh browser context per picture would only cost time.
 */
const test = base.extend<object, { shotPage: Page }>({
  shotPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL,
        timezoneId: 'UTC',
        serviceWorkers: 'allow',
        viewport: { width: gallerySizes[0].width, height: gallerySizes[0].height },
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * Opens the scenario's link and waits until it reports that it has landed. A scenario that
 * reports "failed" gets one more try, said out loud: the gallery is a camera, not the test
 * (e2e/scenarios.spec.ts is, and it does not retry).
 */
async function openScenario(page: Page, shot: Omit<Shot, 'size'>, tries = 2): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await landOn(page, shot);
    } catch (error) {
      if (attempt >= tries) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      console.log(`retrying ${shot.scenario.name} ${shot.lang} (${reason})`);
    }
  }
}

async function landOn(page: Page, shot: Omit<Shot, 'size'>): Promise<void> {
  const { scenario, lang, theme } = shot;
  await page.setViewportSize(gallerySizes[0]);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(scenarioHref(scenario.name, { lang, theme }));
  const html = page.locator(`html[data-scenario="${scenario.name}"]`);
  await expect(html).toHaveAttribute('data-scenario-state', /^(ready|failed)$/);
  const state = await html.getAttribute('data-scenario-state');
  if (state === 'failed')
    throw new Error(`${scenario.name}: ${await html.getAttribute('data-scenario-error')}`);
}

/** The same screen in the other theme: what `?theme=` does, without building it again. */
async function switchTheme(page: Page, theme: Shot['theme']): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
}

async function capture(page: Page, shot: Shot): Promise<void> {
  await test.step(`${pictureStepPrefix}${shotLabel(shot)}`, async () => {
    await page.setViewportSize(shot.size);
    await page.screenshot({
      path: `${galleryDir}${shotFile(shot)}`,
      animations: 'disabled',
      caret: 'hide',
    });
  });
}

/**
 * Screens that do not hold still: the slow sign-in is "in progress" only while its 10-s delay
 * lasts, so each of its pictures gets a freshly built scenario.
 */
const transient: ReadonlySet<string> = new Set(['slow-response']);

for (const scenario of galleryScenarios) {
  for (const lang of galleryLanguages) {
    test(`${scenario.name} ${lang}`, async ({ shotPage: page }) => {
      if (transient.has(scenario.name)) {
        for (const theme of galleryThemes)
          for (const size of gallerySizes) {
            await openScenario(page, { scenario, lang, theme });
            await capture(page, { scenario, lang, theme, size });
          }
        return;
      }
      // Light first, as the link says; then dark on the same screen. Sizes in the order that
      // brings each theme back to the width the scenario was built at.
      for (const [index, theme] of galleryThemes.entries()) {
        if (index === 0) await openScenario(page, { scenario, lang, theme });
        else await switchTheme(page, theme);
        const sizes = index % 2 === 0 ? gallerySizes : [...gallerySizes].reverse();
        for (const size of sizes) await capture(page, { scenario, lang, theme, size });
      }
    });
  }
}
