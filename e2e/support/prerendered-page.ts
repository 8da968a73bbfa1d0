import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Response } from '@playwright/test';

/**
 * Tools to watch the prerendered sign-in page (public/before-paint.js, src/prerender.tsx) before
 * and after the app takes it over. The page holds the form in its HTML; the page's script
 * (src/entry.ts) starts the app once the form has painted, which hydrates it and then fires
 * `zen:app-started` (src/app/app.tsx).
 */

/** Holds the page's script (both builds name it assets/entry-*.js), so the app, until `release`. */
export function holdAppEntry(context: BrowserContext) {
  return holdChunk(context, '**/assets/entry-*.js');
}

/** The demo build's simulated backend chunk (mocks/boot.ts), named in the build's manifest. */
function mockBootChunk(): string {
  const manifest: Record<string, { file: string }> = JSON.parse(
    readFileSync('dist/.vite/manifest.json', 'utf8'),
  );
  const chunk = manifest['mocks/boot.ts']?.file;
  if (!chunk) throw new Error('the build has no mocks/boot.ts chunk');
  return chunk;
}

/**
 * Holds the demo's simulated backend until `release` (context-wide: the worker's too): the
 * app draws its first screen without it, and then adds the demo's bar and hint.
 */
export function holdMockBackend(context: BrowserContext) {
  return holdChunk(context, `**/${mockBootChunk()}`);
}

/** Holds the script at `glob` until `release`; `held` lists the requests that waited. */
async function holdChunk(context: BrowserContext, glob: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: string[] = [];
  await context.route(glob, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, held };
}

type Watched = Window & {
  e2eAppStarted?: boolean;
  e2eShifts?: { at: number; value: number; moved: string[] }[];
  e2ePrerendered?: Element[];
};

/**
 * Records, from the first byte of each document: whether the app has started, and its layout
 * shifts (buffered, so shifts before the observer count too).
 */
export async function watchAppStart(page: Page) {
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.e2eShifts = [];
    document.addEventListener('zen:app-started', () => {
      watched.e2eAppStarted = true;
    });
    new PerformanceObserver((list) => {
      type Shift = PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
      for (const entry of list.getEntries() as Shift[]) {
        // What moved, for the report: the shifted elements' tags and classes.
        const moved = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? `${node.tagName}.${node.className}` : 'text',
        );
        watched.e2eShifts?.push({ at: entry.startTime, value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return {
    started: () => page.waitForFunction(() => (window as Watched).e2eAppStarted === true),
    /** The page's clock now: `layoutShiftSince(await app.now())` counts from here. */
    now: () => page.evaluate(() => performance.now()),
    /** The layout shifts since `from` (page time): their sum and what moved. */
    layoutShiftSince: (from: number) =>
      page.evaluate((since) => {
        const shifts = ((window as Watched).e2eShifts ?? []).filter(({ at }) => at >= since);
        return {
          sum: shifts.reduce((total, { value }) => total + value, 0),
          moved: shifts.flatMap(({ at, moved }) =>
            moved.map((name) => `${Math.round(at)}ms ${name}`),
          ),
        };
      }, from),
  };
}

/** Where each of `locators` is drawn, to compare before and after hydration. */
export function boxesOf(locators: Locator[]) {
  return Promise.all(locators.map((locator) => locator.boundingBox()));
}

/**
 * Keeps the prerendered elements (product name, heading, fields, button), to tell later
 * whether hydration adopted them or drew new ones (a mismatch makes React render afresh).
 */
export async function rememberElements(page: Page, selectors: string[]) {
  await page.evaluate((all) => {
    (window as Watched).e2ePrerendered = all.map((selector) => {
      const found = document.querySelector(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    });
  }, selectors);
  return () =>
    page.evaluate((all) => {
      const kept = (window as Watched).e2ePrerendered ?? [];
      return all.every(
        (selector, index) =>
          kept[index]?.isConnected && document.querySelector(selector) === kept[index],
      );
    }, selectors);
}

/**
 * Flags, in sessionStorage so a redirect to another document keeps it, whether the English
 * sign-in heading was ever painted: checked in each frame, before the browser paints it.
 */
export async function watchForEnglishHeading(page: Page, heading: string) {
  await page.addInitScript((english) => {
    const check = () => {
      const shown = [...document.querySelectorAll('h1')].some(
        (h1) =>
          h1.textContent?.trim() === english && h1.checkVisibility({ visibilityProperty: true }),
      );
      if (shown) sessionStorage.setItem('e2e.englishPainted', 'yes');
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, heading);
  return async () =>
    (await page.evaluate(() => sessionStorage.getItem('e2e.englishPainted'))) === 'yes';
}

/** The documents the page was sent (a redirect from before-paint.js is a second one). */
export function recordDocuments(page: Page) {
  const documents: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document' && response.frame() === page.mainFrame())
      documents.push(response);
  });
  return documents;
}

/**
 * The `lang` of a served page: the same address asked of the server again with the navigation's
 * own cookie and Accept-Language. Reading the document's body would be simpler, but after the
 * first load the demo's service worker answers navigations, and Chromium then often has no body
 * to give ("No resource with given identifier found").
 */
export async function servedLanguage(page: Page, response: Response | null | undefined) {
  if (!response) throw new Error('no document response');
  const sent = await response.request().allHeaders();
  const headers: Record<string, string> = {};
  for (const name of ['cookie', 'accept-language']) {
    const value = sent[name];
    if (value) headers[name] = value;
  }
  const again = await page.request.get(response.url(), { headers });
  return languageOfHtml(await again.text());
}

/** The `lang` of the `<html>` element in `html`. */
export function languageOfHtml(html: string) {
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
}
