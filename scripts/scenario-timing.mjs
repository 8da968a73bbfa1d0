// `npm run scenario-timing`: how long each scenario link takes to report `ready` on the built
// demo (`dist/`, served by `vite preview`), the time a designer waits after opening it.
// Each load is cold, as a shared link is: a fresh browser context (no service worker, no
// storage), timed from navigation start to `<html data-scenario-state="ready">` in the page's
// own clock. Prints the median of SCENARIO_RUNS loads per scenario, slowest first, and exits
// non-zero when one fails or is slower than SCENARIO_TARGET_MS (default 1500). Timings are for
// an idle machine; the e2e suite never asserts on them.
//
//   npx vite build --logLevel warn && npm run scenario-timing -- [name filter]
//   SCENARIO_PORT (default 4195), SCENARIO_RUNS (default 3), SCENARIO_TARGET_MS (default 1500),
//   SCENARIO_DIST (default dist: another build to compare, e.g. one made before a change)
import { chromium } from '@playwright/test';
import { scenarioCatalog, scenarioHref } from '#mocks/scenarios/catalog.ts';
import { chromiumLaunchOptions } from './browser-path.mjs';
import { startPreview } from './preview-server.mjs';

const port = Number(process.env.SCENARIO_PORT ?? 4195);
const runs = Number(process.env.SCENARIO_RUNS ?? 3);
const target = Number(process.env.SCENARIO_TARGET_MS ?? 1500);
const filter = process.argv[2] ? new RegExp(process.argv[2]) : null;
const dist = process.env.SCENARIO_DIST ?? 'dist';
const origin = `http://127.0.0.1:${port}`;

/** In the page: the moment `<html>` first says `ready`, in the page's clock. */
function recordReady() {
  new MutationObserver(() => {
    if (
      window.__scenarioReadyAt === undefined &&
      document.documentElement.dataset.scenarioState === 'ready'
    )
      window.__scenarioReadyAt = performance.now();
  }).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-scenario-state'],
  });
}

/** One cold load: milliseconds from navigation start to `ready`, or the failure's reason. */
async function timeScenario(browser, name) {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordReady);
    await page.goto(origin + scenarioHref(name, { lang: 'en', theme: 'light' }));
    const html = page.locator(`html[data-scenario="${name}"]`);
    await html
      .and(page.locator('[data-scenario-state="ready"], [data-scenario-state="failed"]'))
      .waitFor({ state: 'attached', timeout: 30_000 });
    const state = await html.getAttribute('data-scenario-state');
    if (state === 'failed') return { error: await html.getAttribute('data-scenario-error') };
    const ms = await page.evaluate(() => window.__scenarioReadyAt);
    return ms === undefined ? { error: 'no ready time recorded' } : { ms };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startPreview(dist, port);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
try {
  const names = scenarioCatalog.map((s) => s.name).filter((name) => !filter || filter.test(name));
  for (const name of names) {
    const times = [];
    let error = null;
    for (let run = 0; run < runs && !error; run += 1) {
      const result = await timeScenario(browser, name);
      if (result.error !== undefined) error = result.error ?? 'failed';
      else times.push(result.ms);
    }
    const row = { name, median: error ? Infinity : Math.round(median(times)), error };
    rows.push(row);
    console.log(`${name.padEnd(32)} ${error ? `FAILED: ${error}` : `${row.median} ms`}`);
  }
} finally {
  await browser.close();
  server.kill();
}

rows.sort((a, b) => b.median - a.median);
const slow = rows.filter((row) => row.median > target);
console.log(
  `\nSlowest: ${rows
    .slice(0, 5)
    .map((r) => `${r.name} ${r.median} ms`)
    .join(', ')}`,
);
console.log(
  `${rows.length} scenarios, median of ${runs} cold loads each; ` +
    `${slow.length} over ${target} ms${slow.length ? `: ${slow.map((r) => r.name).join(', ')}` : ''}`,
);
process.exit(slow.length ? 1 : 0);
