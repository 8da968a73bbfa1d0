import { totpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a sign-in attempt left for more than 5 minutes expires, and says how to go on', async ({
  page,
  mock,
  app,
}) => {
  const start = new Date('2026-11-29T10:00:00Z');
  await page.clock.setFixedTime(start);
  await app.signIn.signInAs(bob);
  await expect(app.verify.heading).toHaveText(app.verify.totpTitle);

  const later = await mock.advanceClock(5 * 60 + 1);
  expect(later.getTime()).toBe(start.getTime() + 301_000);
  // A code that is right for the mock's time: only the expiry can refuse it.
  const code = await mock.codeNow(bob.secret);
  expect(code).toBe(totpAt(bob.secret, later));
  await app.verify.enterCode(code);
  // The dead form gives way to what happened and the one thing left to do.
  await expect(app.verify.endedHeading('expired')).toBeFocused();
  await expect(app.verify.code).toHaveCount(0);
  await expect(app.verify.verify).toHaveCount(0);
  await expectNoA11yViolations(page, 'MFA verification, challenge expired');

  await app.verify.backToSignIn.click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});

test('a locked account gets its next step, with no submit that can only fail', async ({
  page,
  mock,
  app,
}) => {
  await mock.scenario('sign-in-locked');
  await expect(app.verify.endedHeading('locked')).toBeFocused();
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(app.verify.backToSignIn).toBeVisible();
  await expectNoA11yViolations(page, 'MFA verification, account locked');
  await app.verify.backToSignIn.click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});

test('an expired emailed code leads back to sign-in', async ({ mock, app }) => {
  await mock.scenario('email-expired');
  await expect(app.verify.endedHeading('expired')).toBeFocused();
  await expect(app.verify.code).toHaveCount(0);
  await app.verify.backToSignIn.click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});

test('an unknown address shows a page that leads back', async ({ page, notFoundPage, app }) => {
  await notFoundPage.goto('/no-such-page');
  await expect(notFoundPage.heading).toHaveText(notFoundPage.title);
  await expectNoA11yViolations(page, 'not found');
  await notFoundPage.homeLink.click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});
