import type { Page, Request } from '@playwright/test';
import { apiPaths } from '#src/api/auth';
import { alice, expect, test } from './fixtures';
import { languageOf } from './pages/messages';
import { SignInPage } from './pages/sign-in-page';
import { expectNoA11yViolations } from './support/axe';
import {
  boxesOf,
  holdAppEntry,
  holdMockBackend,
  rememberElements,
  watchAppStart,
} from './support/prerendered-page';

/**
 * The sign-in form is prerendered into the built page, once per language (src/prerender.tsx):
 * it shows with JavaScript off, the app hydrates it without a warning and without moving it,
 * and what was typed (or sent) before the app started is kept. Both builds: these journeys run
 * on the demo and over HTTP against dist-real. The language journeys are in
 * e2e/prerendered-sign-in-language.spec.ts.
 */

/** The page's words as literals: the anchor that the message files hold the right language. */
const pages = {
  'en-US': { lang: 'en', heading: 'Sign in', title: 'Sign in · zenConsole', other: 'zh-CN' },
  'zh-CN': { lang: 'zh-CN', heading: '登录', title: '登录 · zenConsole', other: 'en-US' },
} as const;
/** The link to each language's page, as the other page names it. */
const linkTo = { 'en-US': 'English', 'zh-CN': '简体中文' } as const;

/** What the prerendered form must paint: product name, heading, both fields, the button. */
function formParts(page: Page, signInPage: SignInPage) {
  return [
    page.getByText('zenConsole', { exact: true }),
    signInPage.heading,
    signInPage.email,
    signInPage.password,
    signInPage.submit,
  ];
}
const partSelectors = [
  '.auth-product',
  'h1',
  'input[autocomplete="username"]',
  'input[autocomplete="current-password"]',
  'button[type="submit"]',
];

/** Console errors and warnings, and uncaught errors (a hydration mismatch is reported so). */
function collectComplaints(page: Page) {
  const complaints: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      complaints.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => complaints.push(`pageerror: ${error.message}`));
  return complaints;
}

const isSignIn = (request: Request) =>
  request.method() === 'POST' && new URL(request.url()).pathname === apiPaths.signIn;

for (const locale of ['en-US', 'zh-CN'] as const) {
  const expected = pages[locale];

  test.describe(`${locale}, JavaScript off`, () => {
    test.use({ locale, javaScriptEnabled: false });

    for (const path of ['/', '/sign-in']) {
      test(
        `${path} paints the labelled form from HTML alone`,
        {
          tag: '@real-backend',
        },
        async ({ page, signInPage, browser, baseURL }) => {
          const served = await page.goto(path);
          for (const part of formParts(page, signInPage)) await expect(part).toBeVisible();
          await expect(signInPage.heading).toHaveText(expected.heading);
          await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
          // No script ran: before-paint.js marks the page, the app would change it.
          await expect(page.locator('html')).not.toHaveAttribute('data-prerender');
          await expect(page).toHaveURL(path);
          // axe runs in the page, which JavaScript off forbids: the same HTML with its scripts refused
          // (a test's new contexts inherit its options: JavaScript is switched back on).
          const scriptless = await browser.newContext({ locale, baseURL, javaScriptEnabled: true });
          await scriptless.route('**/*.js', (route) => route.abort());
          const twin = await scriptless.newPage();
          const twinServed = await twin.goto(path);
          expect(await twinServed?.text()).toBe(await served?.text());
          await expect(new SignInPage(twin, languageOf(locale)).submit).toBeVisible();
          await expect(twin).toHaveTitle(expected.title);
          await expectNoA11yViolations(twin, `prerendered sign-in at ${path} (${locale})`);
          await scriptless.close();
        },
      );
    }

    test(
      "the other language's page is one link away",
      {
        tag: '@real-backend',
      },
      async ({ page }) => {
        const other = pages[expected.other];
        await page.goto('/sign-in');
        await page.getByRole('link', { name: linkTo[expected.other], exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.heading);
        await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
      },
    );
  });

  test.describe(locale, () => {
    test.use({ locale });

    for (const path of ['/', '/sign-in']) {
      test(
        `${path}: hydration warns of nothing and moves nothing`,
        {
          tag: '@real-backend',
        },
        async ({ page, context, signInPage, mock, realBackend }) => {
          const complaints = collectComplaints(page);
          const app = await watchAppStart(page);
          const entry = await holdAppEntry(context);
          // The demo's backend adds its bar and hint after the first screen: held here so hydration
          // is measured alone, then released to prove the bar takes the room kept for it.
          const backend = realBackend ? undefined : await holdMockBackend(context);
          await page.goto(path, { waitUntil: 'commit' });
          const parts = formParts(page, signInPage);
          for (const part of parts) await expect(part).toBeVisible();
          expect(entry.held).toHaveLength(1);
          const before = await boxesOf(parts);
          const adopted = await rememberElements(page, partSelectors);

          // Shifts from here on: hydration's. Before it, the language switch has moved by a hair
          // in some runs (0.00009, the HTML and CSS alone, likely a late system font).
          const released = await app.now();
          entry.release();
          await app.started();
          await expect(page).toHaveURL('/sign-in');
          // Two frames: whatever the start changed has been laid out and painted.
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          expect(await boxesOf(parts)).toEqual(before);
          expect(await adopted(), 'hydration adopts the prerendered elements').toBe(true);
          const shift = await app.layoutShiftSince(released);
          expect(shift.sum, `layout shifts: ${shift.moved.join(', ')}`).toBe(0);
          await expect(signInPage.heading).toHaveText(expected.heading);
          backend?.release();
          if (backend) {
            await mock.ready();
            await expect(page.locator('.review-strip')).toBeVisible();
            await page.evaluate(
              () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
            );
            expect(await boxesOf(parts), 'the demo bar moves nothing').toEqual(before);
            const withBar = await app.layoutShiftSince(released);
            expect(withBar.sum, `layout shifts: ${withBar.moved.join(', ')}`).toBe(0);
          }
          expect(complaints).toEqual([]);
        },
      );
    }
  });
}

test(
  'values typed before the app starts stay, and then sign in',
  {
    tag: '@real-backend',
  },
  async ({ page, context, signInPage, verifyPage, consolePage, mock }) => {
    const app = await watchAppStart(page);
    const entry = await holdAppEntry(context);
    await page.goto('/sign-in', { waitUntil: 'commit' });
    await signInPage.email.fill(alice.email);
    await signInPage.password.fill(alice.password);
    expect(entry.held).toHaveLength(1);

    entry.release();
    await app.started();
    await expect(signInPage.email).toHaveValue(alice.email);
    await expect(signInPage.password).toHaveValue(alice.password);
    await signInPage.submit.click();
    await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
    await verifyPage.enterCode(await mock.latestCode(alice.email));
    await expect(consolePage.heading).toContainText(alice.name);
  },
);

test(
  'a language chosen before the app starts is applied once it starts, and remembered',
  {
    tag: '@real-backend',
  },
  async ({ page, context, signInPage }) => {
    const app = await watchAppStart(page);
    const entry = await holdAppEntry(context);
    await page.goto('/sign-in', { waitUntil: 'commit' });
    await signInPage.email.fill(alice.email);
    await signInPage.language.selectOption('zh-CN');
    expect(entry.held).toHaveLength(1);

    entry.release();
    await app.started();
    await expect(signInPage.heading).toHaveText('登录');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    await expect(page.getByLabel('电子邮箱', { exact: true })).toHaveValue(alice.email);
    await page.reload();
    await expect(signInPage.heading).toHaveText('登录');
  },
);

test(
  'Enter pressed before the app starts is sent once it starts, never as a page post',
  {
    tag: '@real-backend',
  },
  async ({ page, context, signInPage, verifyPage, mock }) => {
    const signIns: Request[] = [];
    const pagePosts: string[] = [];
    page.on('request', (request) => {
      if (isSignIn(request)) signIns.push(request);
      if (request.isNavigationRequest() && request.method() !== 'GET')
        pagePosts.push(request.url());
    });
    const app = await watchAppStart(page);
    const entry = await holdAppEntry(context);
    await page.goto('/', { waitUntil: 'commit' });
    await signInPage.email.fill(alice.email);
    await signInPage.password.fill(alice.password);
    await signInPage.password.press('Enter');
    // Whatever Enter did has happened: a frame later the page is still this one, nothing sent.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    expect(signIns).toHaveLength(0);
    expect(pagePosts).toEqual([]);

    entry.release();
    await app.started();
    await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
    await Promise.all(signIns.map((request) => request.response()));
    expect(signIns).toHaveLength(1);
    expect(pagePosts).toEqual([]);
    const codes = (await mock.mailbox()).filter((mail) => mail.to === alice.email && mail.code);
    expect(codes).toHaveLength(1);
  },
);

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`${locale}, Forgot password before the app starts`, () => {
    test.use({ locale });
    for (const path of ['/', '/sign-in']) {
      test(
        `${path}: the link opens through the app, with the typed email`,
        {
          tag: '@real-backend',
        },
        async ({ page, context, signInPage, passwordsPage }) => {
          const pageLoads: string[] = [];
          page.on('request', (request) => {
            if (request.isNavigationRequest()) pageLoads.push(request.url());
          });
          const app = await watchAppStart(page);
          const entry = await holdAppEntry(context);
          await page.goto(path, { waitUntil: 'commit' });
          await signInPage.email.fill(alice.email);
          const loaded = pageLoads.length;
          await passwordsPage.forgotLink.click();
          // Whatever the click did has happened: a frame later the page is still this one.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
          expect(pageLoads).toHaveLength(loaded);

          entry.release();
          await app.started();
          await expect(passwordsPage.heading).toHaveText(passwordsPage.forgotTitle);
          await expect(passwordsPage.email).toHaveValue(alice.email);
          expect(pageLoads).toHaveLength(loaded);
        },
      );
    }
  });
}
