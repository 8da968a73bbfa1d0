import type { Page, Request } from '@playwright/test';
import { apiPaths } from '#src/api/auth';
import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';
import { firstMove } from './support/first-move';
import { holdMockBackend, watchAppStart } from './support/prerendered-page';

/**
 * The front door: a signed-out visitor gets the sign-in form without waiting for the simulated
 * backend, a signed-in one never sees it, and a sign-in sent before the backend is up waits for
 * it. The backend is held back by holding its chunk (e2e/support/prerendered-page.ts).
 */
/**
 * Flags, from the page itself, whether the email field was ever painted: checked in every frame
 * the page draws. The built page holds the prerendered form from the start, hidden where a
 * session may exist (public/before-paint.js), so being in the document is not enough.
 */
async function watchForSignInForm(page: Page) {
  await page.addInitScript(() => {
    const check = () => {
      const field = document.querySelector('input[autocomplete="username"]');
      if (field?.checkVisibility({ visibilityProperty: true }))
        document.documentElement.dataset.signInFormSeen = 'yes';
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return async () => (await page.locator('html').getAttribute('data-sign-in-form-seen')) === 'yes';
}

function isApi(path: string) {
  return (request: Request) => new URL(request.url()).pathname === path;
}

for (const path of ['/', '/settings/profile']) {
  test(`a signed-out visitor at ${path} gets the sign-in form before the backend starts`, async ({
    page,
    context,
    signInPage,
    mock,
  }) => {
    const backend = await holdMockBackend(context);
    const app = await watchAppStart(page);
    await page.goto(path);
    await expect(signInPage.email).toBeVisible();
    const returnTo = path === '/' ? '' : `?returnTo=${encodeURIComponent(path)}`;
    await expect(page).toHaveURL(`/sign-in${returnTo}`);
    if (path === '/') {
      // The prerendered form: the backend is not even asked for until the visitor's first move.
      await app.started();
      expect(backend.held).toHaveLength(0);
      await firstMove(page);
    }
    await expect.poll(() => backend.held.length).toBe(1);
    backend.release();
    await mock.ready();
    await expect(signInPage.email).toBeVisible();
  });
}

test('a sign-in sent before the backend is ready waits for it and is sent once', async ({
  page,
  context,
  signInPage,
  verifyPage,
  mock,
}) => {
  const backend = await holdMockBackend(context);
  const signIns: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && isApi(apiPaths.signIn)(request)) signIns.push(request);
  });
  await page.goto('/');
  await signInPage.signIn(alice.email, alice.password);
  await expect(signInPage.submitInProgress).toHaveAttribute('aria-busy', 'true');
  await signInPage.password.press('Enter');
  expect(signIns).toHaveLength(0);

  backend.release();
  await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
  await Promise.all(signIns.map((request) => request.response()));
  expect(signIns).toHaveLength(1);
  const codes = (await mock.mailbox()).filter((mail) => mail.to === alice.email && mail.code);
  expect(codes).toHaveLength(1);
});

test('a signed-in visitor coming back never sees the sign-in form', async ({
  page,
  context,
  signInWithMailedCode,
  consolePage,
  text,
}) => {
  await page.goto('/');
  await signInWithMailedCode(alice);
  await expect(consolePage.heading).toContainText(alice.name);

  const formSeen = await watchForSignInForm(page);
  const backend = await holdMockBackend(context);
  await page.goto('/');
  await expect(
    page.getByRole('status').filter({ hasText: text.t('common:loading') }),
  ).toBeVisible();
  backend.release();
  await expect(consolePage.heading).toContainText(alice.name);
  await page.goto('/sign-in');
  await expect(consolePage.heading).toContainText(alice.name);
  expect(await formSeen()).toBe(false);
});

test('a normal signed-out visit logs nothing to the console and has a favicon', async ({
  page,
  signInPage,
  mock,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
  });
  page.on('pageerror', (error) => logged.push(error.message));
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  for (const path of ['/', '/sign-in']) {
    await page.goto(path);
    await expect(signInPage.email).toBeVisible();
    await mock.ready();
  }
  await expectNoA11yViolations(page, 'sign-in, first visit');
  const icon = await page.request.get('/favicon.svg');
  expect(icon.ok()).toBe(true);
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
  expect(logged).toEqual([]);
  expect(failed).toEqual([]);
});
