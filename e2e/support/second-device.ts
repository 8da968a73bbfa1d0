import { devices, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mockWorldCookie } from '#src/api/mock-control';

/** The "phone" of the two-device journeys: Chrome on a Pixel 7 (Android), a touch screen. */
const phone = devices['Pixel 7'];

export type SecondDevice = { context: BrowserContext; page: Page; cspViolations: string[] };

/**
 * A second browser, as another device of the same person: its own cookies (so its own session
 * and its own user agent) but the SAME world on the shared backend as the test's context, which
 * it joins by copying that context's world cookie (e2e/support/worlds.ts set it). Only over HTTP
 * do two contexts share a backend: in the demo each page runs its own, so these journeys are
 * `@real-backend` ones.
 */
export async function openSecondDevice(
  browser: Browser,
  first: BrowserContext,
  options: { baseURL: string | undefined; locale: string | undefined },
): Promise<SecondDevice> {
  const world = (await first.cookies()).filter((cookie) => cookie.name === mockWorldCookie);
  expect(world, 'the test context should be in a world of its own').not.toHaveLength(0);
  const context = await browser.newContext({
    ...phone,
    baseURL: options.baseURL,
    locale: options.locale,
    timezoneId: 'UTC',
    serviceWorkers: 'block',
  });
  await context.addCookies(world);
  const page = await context.newPage();
  // As the fixtures do for the test's page: a policy violation fails the test (see closeSecondDevice).
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { context, page, cspViolations };
}

export async function closeSecondDevice(device: SecondDevice): Promise<void> {
  await device.context.close();
  expect(device.cspViolations, 'the second device broke the Content-Security-Policy').toEqual([]);
}
