import { alice, bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';
import { firstMove } from './support/first-move';

test('a session idle for 31 minutes ends: back to sign-in, then back to the same page', async ({
  page,
  mock,
  signInPage,
  signInWithMailedCode,
  profilePage,
}) => {
  await profilePage.goto();
  await signInWithMailedCode(alice);
  await expect(profilePage.heading).toHaveText(profilePage.title);

  await mock.advanceClock(31 * 60);
  await profilePage.enableWithApp();

  await expect(signInPage.heading).toHaveText(signInPage.title);
  await expect(signInPage.sessionEnded).toBeVisible();
  await expect(page).toHaveURL(/returnTo=%2Fsettings%2Fprofile/);
  await expectNoA11yViolations(page, 'sign-in, session ended');

  await signInWithMailedCode(alice);
  await expect(profilePage.heading).toHaveText(profilePage.title);
});

test('after the password step alone no console page opens (SEC-11, SEC-12)', async ({
  page,
  signInPage,
  verifyPage,
}) => {
  await signInPage.signInAs(bob);
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  await page.goto('/');
  await expect(signInPage.heading).toHaveText(signInPage.title);
  await page.goto('/settings/profile');
  await expect(signInPage.heading).toHaveText(signInPage.title);
});

test('unreadable demo data is reset to the seed with a visible notice, never a crash', async ({
  page,
  signInPage,
  text,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('corrupted')) return;
    sessionStorage.setItem('corrupted', 'yes');
    localStorage.setItem('zen-console-mock:db', '{ this is not json');
  });
  await signInPage.goto();
  // The simulated backend, which finds its data unreadable, starts at the visitor's first move.
  await firstMove(page);
  await expect(page.getByText(text.t('review:mockNotice.reset_unreadable'))).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in with the storage notice');
  await signInPage.signIn(bob.email, 'wrong');
  await expect(signInPage.alert).toHaveText(text.pattern('errors:invalid_credentials'));
});
