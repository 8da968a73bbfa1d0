// One cold page load in Chromium over the bench's throttled link, timed from inside the page.

/** 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: the link the targets are set for. */
export const network = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
export const cpuSlowdown = 4;

/**
 * Marks, in the page's own clock, the start of the frame in which the email field is first drawn
 * visible. A prerendered page holds the field from its first byte, but it is drawn only when
 * the page may show it (public/before-paint.js sets html[data-prerender]): so each change to the
 * document asks the next frame (which waits for render-blocking CSS) whether the field is
 * visible there, and the first frame where it is counts.
 */
function watchEmailField() {
  let asked = false;
  const check = () => {
    if (window.__emailFieldAt !== undefined || asked) return;
    if (!document.querySelector('input[autocomplete="username"]')) return;
    asked = true;
    requestAnimationFrame(() => {
      asked = false;
      const field = document.querySelector('input[autocomplete="username"]');
      if (window.__emailFieldAt !== undefined || !field) return;
      if (!field.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      window.__emailFieldAt = performance.now();
      // Which page drew it, read in that frame (the app may move on to another address later).
      window.__emailFieldPage = {
        lang: document.documentElement.lang,
        label: field.labels?.[0]?.textContent?.trim() ?? null,
        path: location.pathname,
      };
    });
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
}

/**
 * A fresh context (no cache, no service worker, no storage) whose browser speaks `locale`
 * (navigator.languages and Accept-Language): the time to the email field, what was transferred
 * before it, which page drew it (html lang, the field's label, how many documents were loaded:
 * 1 means no redirect), and in mock mode when the simulated backend was ready after a first move.
 */
export async function measureLoad(browser, url, { mock = false, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ locale, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    let documents = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents += 1;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(watchEmailField);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await page.waitForFunction(() => window.__emailFieldAt > 0, null, { timeout: 60_000 });
    const emailFieldMs = await page.evaluate(() => window.__emailFieldAt);
    const before = await page.evaluate((at) => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].filter((entry) => entry.responseEnd <= at);
      const size = (list) => list.reduce((sum, entry) => sum + entry.transferSize, 0);
      return {
        requests: entries.length,
        bytes: size(entries),
        jsBytes: size(entries.filter((entry) => /\.m?js($|\?)/.test(entry.name))),
        cssBytes: size(entries.filter((entry) => /\.css($|\?)/.test(entry.name))),
        apiRequests: entries.filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
          .length,
        ...window.__emailFieldPage,
      };
    }, emailFieldMs);
    let mockReadyAfterMoveMs = null;
    if (mock) {
      // Beside the prerendered form the simulated backend starts at the visitor's first move
      // (src/main.tsx): the bench makes one (Shift, which no control answers) once the form is
      // drawn, and times the backend from it.
      const movedAt = await page.evaluate(() => performance.now());
      await page.keyboard.press('Shift');
      const ready = () => performance.getEntriesByName('mock-backend-ready')[0]?.startTime;
      await page.waitForFunction(ready, null, { timeout: 60_000 });
      mockReadyAfterMoveMs = Math.max(0, (await page.evaluate(ready)) - movedAt);
    }
    return { emailFieldMs, ...before, documents, mockReadyAfterMoveMs };
  } finally {
    await context.close();
  }
}
