import { bob, expect, test } from './fixtures';
import { SessionsSection } from './pages/sessions-section';
import { expectNoA11yViolations } from './support/axe';

// In mock mode every tab of one browser is one device: scenarios seed Bob's other sessions (a
// phone in Osaka and an old Windows laptop in Berlin, on documentation addresses).
test.describe("Where you're signed in", () => {
  test('lists this device first, signs out the phone, then every other session', async ({
    page,
    mock,
    lang,
  }) => {
    const sessions = new SessionsSection(page, lang);
    await mock.scenario('sessions-several');
    await expect(sessions.items).toHaveCount(3);
    await expect(sessions.items.first()).toContainText(
      sessions.text.t('profile:sessions.thisDevice'),
    );
    const phone = sessions.deviceName('Safari', 'iOS');
    await expect(sessions.items.nth(1)).toContainText(phone);
    await expect(sessions.items.nth(1)).toContainText('198.51.100.24 · Osaka, Japan');
    await expect(sessions.items.nth(2)).toContainText(sessions.deviceName('Firefox', 'Windows'));
    await expect(sessions.items.first().getByRole('button')).toHaveCount(0);
    await expectNoA11yViolations(page, 'sessions list');

    // Outside sudo mode the confirmation asks for the password and a code first.
    await sessions.signOutButton(phone).click();
    await sessions.confirmButton.click();
    const reauth = sessions.reauth();
    await reauth.password.fill(bob.password);
    await reauth.code.fill(await mock.codeNow(bob.secret));
    await expectNoA11yViolations(page, 'sign-out dialog asking to confirm it is you');
    await sessions.confirmButton.click();
    await expect(sessions.dialog).toBeHidden();
    await expect(sessions.items).toHaveCount(2);
    await expect(sessions.region).not.toContainText(phone);

    // Now in sudo mode: a confirmation, no second reauth.
    await sessions.signOutOthersButton.click();
    await sessions.confirmButton.click();
    await expect(sessions.dialog).toBeHidden();
    await expect(sessions.emptyState).toBeVisible();
    await expect(sessions.items).toHaveCount(1);
    await expectNoA11yViolations(page, 'sessions list, this device only');
  });

  test('a tab whose session was signed out elsewhere lands on sign-in and says so', async ({
    page,
    mock,
  }) => {
    await mock.scenario('session-ended-elsewhere');
    await expect(page.getByText('You were signed out from another device.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoA11yViolations(page, 'signed out from another device');
  });

  test('signing out in one tab signs out the other tabs of this browser at once', async ({
    page,
    context,
    mock,
    consolePage,
  }) => {
    await mock.scenario('sessions-only-this-device');
    const other = await context.newPage();
    await other.goto('/settings/profile');
    await expect(other.getByRole('heading', { level: 1, name: 'Profile settings' })).toBeVisible();
    await consolePage.signOut();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(other.getByText('You have signed out.')).toBeVisible();
  });

  test("This wasn't me: sign out everywhere else, review the second factors, change the password", async ({
    page,
    mock,
    passwordsPage,
  }) => {
    await mock.scenario('secure-account');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Secure your account' }),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(['Authenticator app']);
    await expectNoA11yViolations(page, 'secure your account');
    await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Sign out all others' }).click();
    await dialog.getByLabel('Password', { exact: true }).fill(bob.password);
    await dialog
      .getByLabel(/code/i)
      .first()
      .fill(await mock.codeNow(bob.secret));
    await dialog.getByRole('button', { name: 'Sign out all others' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('1 other session was signed out.')).toBeVisible();
    // The last step: a new password, in Profile settings' dialog.
    await page.getByRole('link', { name: 'Change password' }).click();
    await expect(passwordsPage.currentPassword).toBeVisible();
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('the list reads in Chinese', async ({ page, mock }) => {
      await mock.scenario('sessions-several');
      const region = page.getByRole('region', { name: '登录设备' });
      await expect(region.getByText('当前设备', { exact: true })).toBeVisible();
      await expect(region.getByRole('button', { name: '退出所有其他会话' })).toBeVisible();
      await expect(region).toContainText('iOS 上的 Safari');
      await expectNoA11yViolations(page, 'sessions list in Chinese');
    });
  });
});
