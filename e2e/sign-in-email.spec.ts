import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.describe('Alice (MFA off) signs in with a code sent by email', () => {
  test(
    'signs in, keeps the session on reload, and signs out',
    { tag: '@real-backend' },
    async ({ page, mock, app }) => {
      await app.signIn.goto();
      await expect(app.signIn.heading).toHaveText(app.signIn.title);
      await expectNoA11yViolations(page, 'sign-in');

      await app.signIn.signIn(alice.email, alice.password);
      await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
      await expect(page.getByText('a•••@example.com')).toBeVisible();
      await expect(app.verify.code).toBeFocused();
      await expectNoA11yViolations(page, 'email verification');

      await app.verify.enterCode(await mock.latestCode(alice.email));
      await expect(app.console.heading).toContainText(alice.name);
      await expect(page).toHaveURL(/\/$/);
      await expectNoA11yViolations(page, 'console home');

      await page.reload();
      await expect(app.console.heading).toContainText(alice.name);

      await app.console.openProfileSettings();
      await expect(app.profile.heading).toHaveText(app.profile.title);
      await expect(page.getByText(alice.email).first()).toBeVisible();
      await expectNoA11yViolations(page, 'profile settings');

      await app.console.signOut();
      await expect(app.signIn.heading).toHaveText(app.signIn.title);
      await page.goto('/settings/profile');
      await expect(app.signIn.heading).toHaveText(app.signIn.title);
    },
  );

  test('resends the code after the cooldown; the old code no longer works', async ({
    page,
    mock,
    app,
    text,
  }) => {
    await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
    await app.signIn.signInAs(alice);
    await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
    const firstCode = await mock.latestCode(alice.email);
    await expect(app.verify.resend).toBeDisabled();

    await page.clock.runFor(61_000);
    await expect(app.verify.resend).toBeEnabled();
    await app.verify.resend.click();
    await expect(app.verify.resent).toBeVisible();
    const secondCode = await mock.latestCode(alice.email);
    expect(secondCode).not.toBe(firstCode);

    await app.verify.enterCode(firstCode);
    await expect(app.verify.alert).toContainText(text.t('errors:invalid_code'));
    await expect(app.verify.code).toHaveValue(firstCode);
    await app.verify.code.fill('');
    await app.verify.enterCode(secondCode);
    await expect(app.console.heading).toContainText(alice.name);
  });
});
