import { totpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a sign-in attempt left for more than 5 minutes expires, and says how to go on', async ({
  page,
  mock,
  app,
  text,
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
  await expect(app.verify.alert).toContainText(text.t('errors:challenge_expired'));
  await expectNoA11yViolations(page, 'MFA verification, challenge expired');

  await app.verify.alert.getByRole('link', { name: text.t('verify:backToSignIn') }).click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});

test('an unknown address shows a page that leads back', async ({ page, notFoundPage, app }) => {
  await notFoundPage.goto('/no-such-page');
  await expect(notFoundPage.heading).toHaveText(notFoundPage.title);
  await expectNoA11yViolations(page, 'not found');
  await notFoundPage.homeLink.click();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);
});
