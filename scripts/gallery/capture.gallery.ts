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
 * The time every picture is taken at. The page's `Date` stands still there (timers still run):
 * the simulated backend's clock, the dates it records and the app's countdowns all read it, so
 * "Try again in 4:59" and "Enabled since" come out the same in every run.
 */
const galleryTime = new Date('2026-03-02T10:00:05Z');

/**
 * The simulated backend draws secrets, recovery codes and ids from `crypto.getRandomValues`: in
 * the gallery's pages (only there) it is a seeded generator, started afresh on every load, so a
 * scenario's QR code, key and recovery codes are the same in every run. Runs in the page.
 */
function seedRandomValues(): void {
  let state = 0x2545f491;
  const nextByte = () => {
    // xorshift32: plenty for pictures, and nothing here is a real secret.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  };
  Object.defineProperty(crypto, 'getRandomValues', {
    value: <T extends ArrayBufferView | null>(array: T): T => {
      if (array) {
        const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
        for (let index = 0; index < bytes.length; index += 1) bytes[index] = nextByte();
      }
      return array;
    },
  });
}

/**
 * A browser of its own for each scenario: Chromium keeps rastered glyphs for the life of the
 * browser, and a Chinese label drawn bold in an earlier scenario came out a few pixels different
 * in a later one, depending on which scenarios the worker had drawn before. A fresh browser
 * costs about a second a scenario and makes every picture independent of the others.
 */
const test = base.extend<{ shotPage: Page }>({
  shotPage: async ({ playwright }, provide, testInfo) => {
    const browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      timezoneId: 'UTC',
      serviceWorkers: 'allow',
      viewport: { width: gallerySizes[0].width, height: gallerySizes[0].height },
    });
    await context.addInitScript(seedRandomValues);
    const page = await context.newPage();
    await page.clock.setFixedTime(galleryTime);
    await provide(page);
    await browser.close();
  },
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
  await whenReady(page, scenario.name);
}

/**
 * The scenario says "ready" once its screen holds still: nothing loading, fonts and images in,
 * no change for two frames (mocks/scenarios/settled.ts).
 */
async function whenReady(page: Page, name: string): Promise<void> {
  const html = page.locator(`html[data-scenario="${name}"]`);
  await expect(html).toHaveAttribute('data-scenario-state', /^(ready|failed)$/);
  const state = await html.getAttribute('data-scenario-state');
  if (state === 'failed')
    throw new Error(`${name}: ${await html.getAttribute('data-scenario-error')}`);
}

/** After a new size or theme, the screen may redraw (a dialog becomes a sheet): asks again. */
async function settle(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.dataset.scenarioState = 'settling';
    window.dispatchEvent(new Event('scenario-settle'));
  });
  await whenReady(page, name);
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
    const viewport = page.viewportSize();
    if (viewport?.width !== shot.size.width || viewport.height !== shot.size.height) {
      await page.setViewportSize(shot.size);
      await settle(page, shot.scenario.name);
    }
    await page.screenshot({
      path: `${galleryDir}${shotFile(shot)}`,
      animations: 'disabled',
      caret: 'hide',
    });
  });
}

/**
 * Screens that do not hold still: the slow sign-in and the loading factor list are "in progress"
 * only while their 10-s delay lasts, so each of their pictures gets a freshly built scenario.
 */
const transient: ReadonlySet<string> = new Set(['slow-response', 'profile-factors-loading']);

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
        else {
          await switchTheme(page, theme);
          await settle(page, scenario.name);
        }
        const sizes = index % 2 === 0 ? gallerySizes : [...gallerySizes].reverse();
        for (const size of sizes) await capture(page, { scenario, lang, theme, size });
      }
    });
  }
}
