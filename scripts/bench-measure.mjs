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
 * Marks, in the page's own clock, the frame in which the email field is first drawn (the
 * mutation that adds it, then the next animation frame).
 */
function watchEmailField() {
  const check = () => {
    if (window.__emailFieldAt !== undefined) return;
    if (!document.querySelector('input[autocomplete="username"]')) return;
    window.__emailFieldAt = 0;
    requestAnimationFrame(() => {
      window.__emailFieldAt = performance.now();
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/**
 * A fresh context (no cache, no service worker, no storage): the time to the email field, what
 * was transferred before it, and in mock mode when the simulated backend was ready.
 */
export async function measureLoad(browser, url, { mock = false } = {}) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
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
        jsBytes: size(entries.filter((entry) => /\.js($|\?)/.test(entry.name))),
        apiRequests: entries.filter((entry) => new URL(entry.name).pathname.startsWith('/api/'))
          .length,
      };
    }, emailFieldMs);
    let mockReadyAfterFormMs = null;
    if (mock) {
      const ready = () => performance.getEntriesByName('mock-backend-ready')[0]?.startTime;
      await page.waitForFunction(ready, null, { timeout: 60_000 });
      mockReadyAfterFormMs = (await page.evaluate(ready)) - emailFieldMs;
    }
    return { emailFieldMs, ...before, mockReadyAfterFormMs };
  } finally {
    await context.close();
  }
}
