import { expect, test } from './fixtures';
import {
  languageOfHtml,
  recordDocuments,
  servedLanguage,
  watchAppStart,
  watchForEnglishHeading,
} from './support/prerendered-page';

/**
 * Each language has its own prerendered page (dist/index.html, dist/zh-CN/index.html). A
 * Chinese visitor gets the Chinese one and never sees English first: from a host's language
 * rules (public/_redirects, which both test servers read), from the Chinese page's own address
 * on a host without them, or from the language switch's remembered choice
 * (public/before-paint.js). The English heading is watched in every frame the page paints.
 */
const english = 'Sign in';
const chinese = '登录';

test.describe('a Chinese-preferring browser', () => {
  test.use({ locale: 'zh-CN' });

  for (const path of ['/', '/sign-in']) {
    test(
      `is served the Chinese page at ${path} directly`,
      {
        tag: '@real-backend',
      },
      async ({ page, signInPage }) => {
        const englishPainted = await watchForEnglishHeading(page, english);
        const documents = recordDocuments(page);
        const app = await watchAppStart(page);
        const response = await page.goto(path);
        expect(await servedLanguage(page, response)).toBe('zh-CN');
        await app.started();
        await expect(signInPage.heading).toHaveText(chinese);
        await expect(page).toHaveURL('/sign-in');
        expect(documents, 'no second page on the way').toHaveLength(1);
        expect(await englishPainted()).toBe(false);
      },
    );
  }

  test(
    'switching to English serves the English page on reload',
    {
      tag: '@real-backend',
    },
    async ({ page, signInPage }) => {
      const app = await watchAppStart(page);
      await page.goto('/sign-in');
      await app.started();
      await signInPage.language.selectOption('en');
      await expect(signInPage.heading).toHaveText(english);
      const response = await page.reload();
      expect(await servedLanguage(page, response)).toBe('en');
      await app.started();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(signInPage.heading).toHaveText(english);
    },
  );
});

test.describe('an English-preferring browser', () => {
  test.use({ locale: 'en-US' });

  test(
    'switching to Chinese serves the Chinese page on reload, never English first',
    {
      tag: '@real-backend',
    },
    async ({ page, signInPage }) => {
      const app = await watchAppStart(page);
      await page.goto('/sign-in');
      await app.started();
      await signInPage.language.selectOption('zh-CN');
      await expect(signInPage.heading).toHaveText(chinese);
      // Watched from the reload on: English was on screen before the switch, as it should be.
      const englishPainted = await watchForEnglishHeading(page, english);
      const documents = recordDocuments(page);
      const response = await page.reload();
      expect(await servedLanguage(page, response)).toBe('zh-CN');
      await app.started();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(signInPage.heading).toHaveText(chinese);
      expect(documents).toHaveLength(1);
      expect(await englishPainted()).toBe(false);
    },
  );

  test(
    'the Chinese page’s own address opens Chinese at /sign-in and is remembered',
    {
      tag: '@real-backend',
    },
    async ({ page, context, signInPage }) => {
      // A host without language rules: the plain addresses always get the English page.
      const served: (string | undefined)[] = [];
      await context.route(
        (url) => url.pathname === '/' || url.pathname === '/sign-in',
        async (route) => {
          const headers = { ...route.request().headers(), 'accept-language': 'en-US' };
          const response = await route.fetch({ headers });
          served.push(languageOfHtml(await response.text()));
          await route.fulfill({ response });
        },
      );
      const englishPainted = await watchForEnglishHeading(page, english);
      const app = await watchAppStart(page);
      await page.goto('/zh-CN/sign-in');
      await app.started();
      await expect(page).toHaveURL('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(signInPage.heading).toHaveText(chinese);

      served.length = 0;
      await page.reload();
      await app.started();
      await expect(page).toHaveURL('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(signInPage.heading).toHaveText(chinese);
      // The host sent English; the remembered choice fetched the Chinese page before any paint.
      expect(served).toEqual(['en']);
      // Nor was it a cookie the host's rules would read: only the language switch sets one.
      const cookies = (await context.cookies()).map((cookie) => cookie.name);
      expect(cookies).not.toContain('nf_lang');
      expect(await englishPainted()).toBe(false);
    },
  );
});
