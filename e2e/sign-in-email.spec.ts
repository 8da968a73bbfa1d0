import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.describe('Alice (MFA off) signs in with a code sent by email', () => {
  test(
    'signs in, keeps the session on reload, and signs out',
    { tag: '@real-backend' },
    async ({ page, mock, signInPage, verifyPage, consolePage, profilePage }) => {
      await signInPage.goto();
      await expect(signInPage.heading).toHaveText(signInPage.title);
      await expectNoA11yViolations(page, 'sign-in');

      await signInPage.signIn(alice.email, alice.password);
      await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
      await expect(page.getByText('a•••@example.com')).toBeVisible();
      await expect(verifyPage.code).toBeFocused();
      await expectNoA11yViolations(page, 'email verification');

      await verifyPage.enterCode(await mock.latestCode(alice.email));
      await expect(consolePage.heading).toContainText(alice.name);
      await expect(page).toHaveURL(/\/$/);
      await expectNoA11yViolations(page, 'console home');

      await page.reload();
      await expect(consolePage.heading).toContainText(alice.name);

      await consolePage.openProfileSettings();
      await expect(profilePage.heading).toHaveText(profilePage.title);
      await expect(page.getByText(alice.email).first()).toBeVisible();
      await expectNoA11yViolations(page, 'profile settings');

      await consolePage.signOut();
      await expect(signInPage.heading).toHaveText(signInPage.title);
      await page.goto('/settings/profile');
      await expect(signInPage.heading).toHaveText(signInPage.title);
    },
  );

  test('resends the code after the cooldown; the old code no longer works', async ({
    page,
    mock,
    signInPage,
    verifyPage,
    consolePage,
    text,
  }) => {
    await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
    await signInPage.goto();
    await signInPage.signIn(alice.email, alice.password);
    await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
    const firstCode = await mock.latestCode(alice.email);
    await expect(verifyPage.resend).toBeDisabled();

    await page.clock.runFor(61_000);
    await expect(verifyPage.resend).toBeEnabled();
    await verifyPage.resend.click();
    await expect(verifyPage.resent).toBeVisible();
    const secondCode = await mock.latestCode(alice.email);
    expect(secondCode).not.toBe(firstCode);

    await verifyPage.enterCode(firstCode);
    await expect(verifyPage.alert).toContainText(text.t('errors:invalid_code'));
    await expect(verifyPage.code).toHaveValue(firstCode);
    await verifyPage.code.fill('');
    await verifyPage.enterCode(secondCode);
    await expect(consolePage.heading).toContainText(alice.name);
  });
});
