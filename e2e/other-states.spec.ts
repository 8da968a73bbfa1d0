import { bob, expect, test, totpCode } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a sign-in attempt left for more than 5 minutes expires, and says how to go on', async ({
  page,
  mock,
  signInPage,
  verifyPage,
}) => {
  const start = new Date('2026-11-29T10:00:00Z');
  await page.clock.setFixedTime(start);
  await signInPage.goto();
  await signInPage.signIn(bob.email, bob.password);
  await expect(verifyPage.heading).toHaveText('MFA verification');

  await mock.advanceClock(5 * 60 + 1);
  await verifyPage.enterCode(totpCode(bob.secret, start.getTime() + 301_000));
  await expect(verifyPage.alert).toContainText('This sign-in attempt has expired');
  await expectNoA11yViolations(page, 'MFA verification, challenge expired');

  await verifyPage.alert.getByRole('link', { name: 'Back to sign in' }).click();
  await expect(signInPage.heading).toHaveText('Sign in');
});

test('an unknown address shows a page that leads back', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectNoA11yViolations(page, 'not found');
  await page.getByRole('link', { name: 'Go to the console home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
