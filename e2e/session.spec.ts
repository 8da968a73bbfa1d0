import { alice, bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a session idle for 31 minutes ends: back to sign-in, then back to the same page', async ({
  page,
  mock,
  signInPage,
  signInWithMailedCode,
}) => {
  await page.goto('/settings/profile');
  await signInWithMailedCode(alice);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile settings');

  await mock.advanceClock(31 * 60);
  await page.getByRole('button', { name: 'Enable MFA' }).click();

  await expect(signInPage.heading).toHaveText('Sign in');
  await expect(
    page.getByRole('status').filter({ hasText: 'Your session has ended' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/returnTo=%2Fsettings%2Fprofile/);
  await expectNoA11yViolations(page, 'sign-in, session ended');

  await signInWithMailedCode(alice);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile settings');
});

test('after the password step alone no console page opens (SEC-11, SEC-12)', async ({
  page,
  signInPage,
  verifyPage,
}) => {
  await signInPage.goto();
  await signInPage.signIn(bob.email, bob.password);
  await expect(verifyPage.heading).toHaveText('MFA verification');
  await page.goto('/');
  await expect(signInPage.heading).toHaveText('Sign in');
  await page.goto('/settings/profile');
  await expect(signInPage.heading).toHaveText('Sign in');
});

test('unreadable demo data is reset to the seed with a visible notice, never a crash', async ({
  page,
  signInPage,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted')) return;
    sessionStorage.setItem('corrupted', 'yes');
    localStorage.setItem('zen-console-mock:db', '{ this is not json');
  });
  await signInPage.goto();
  await expect(page.getByText(/could not be read, so it was reset/)).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in with the storage notice');
  await signInPage.signIn(bob.email, 'wrong');
  await expect(signInPage.alert).toHaveText(/Incorrect email or password/);
});
