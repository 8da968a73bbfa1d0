import { expect, test } from './fixtures';
import { SessionsSection } from './pages/sessions-section';
import { expectNoA11yViolations } from './support/axe';

// In mock mode every tab of one browser is one device: the scenario seeds Bob's iPhone beside
// this browser, and opens "Remove" on his second app in sudo mode.
test.describe('"Also sign out my other sessions" when a second factor changes', () => {
  test('removing a factor with the box checked leaves this device only', async ({
    page,
    mock,
    lang,
  }) => {
    const sessions = new SessionsSection(page, lang);
    await mock.scenario('factor-remove-sign-out');
    const dialog = page.getByRole('dialog', { name: 'Remove Old phone?' });
    const box = dialog.getByRole('checkbox', { name: 'Also sign out my other sessions' });
    await expect(box).toBeChecked();
    await expectNoA11yViolations(page, 'remove-factor dialog with "Also sign out"');

    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('1 other session was signed out.')).toBeVisible();
    await expect(sessions.items).toHaveCount(1);
    await expect(sessions.thisDevice).toBeVisible();
    await expect(sessions.emptyState).toBeVisible();
  });

  test('unchecked, the phone stays signed in', async ({ page, mock, lang }) => {
    const sessions = new SessionsSection(page, lang);
    await mock.scenario('factor-remove-sign-out');
    const dialog = page.getByRole('dialog', { name: 'Remove Old phone?' });
    await dialog.getByRole('checkbox', { name: 'Also sign out my other sessions' }).uncheck();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(sessions.items).toHaveCount(2);
    await expect(sessions.items.nth(1)).toContainText(sessions.deviceName('Safari', 'iOS'));
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('the dialog offers it, checked, and passes axe', async ({ page, mock }) => {
      await mock.scenario('factor-remove-sign-out');
      const dialog = page.getByRole('dialog', { name: '移除“Old phone”？' });
      await expect(dialog.getByRole('checkbox', { name: '同时退出我的其他会话' })).toBeChecked();
      await expect(dialog).toContainText('当前设备保持登录。');
      await expectNoA11yViolations(page, 'remove-factor dialog with "Also sign out", in Chinese');
    });
  });
});
