import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

// Bob's seeded authenticator is his first factor, without a name: the page calls it
// "Authenticator app"; the list, renaming and the "only one factor" hint are driven by keyboard.
test.describe('The security card lists second factors', () => {
  test('Bob renames his app by keyboard; a blank name is refused, the new name is shown', async ({
    page,
    mock,
    signInPage,
    verifyPage,
  }) => {
    await page.goto('/settings/profile');
    await signInPage.signIn(bob.email, bob.password);
    await verifyPage.enterCode(await mock.codeNow(bob.secret));
    const list = page.getByRole('region', { name: 'Second factors' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Authenticator app');
    await expect(list).toContainText('1 of 8');
    await expect(list).toContainText('To remove your only second factor, disable MFA.');
    await expect(list.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expectNoA11yViolations(page, 'factor list');

    const rename = list.getByRole('button', { name: 'Rename Authenticator app' });
    await rename.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rename second factor' });
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('Authenticator app');
    await name.fill('   ');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Enter a name.')).toBeVisible();
    await expectNoA11yViolations(page, 'rename dialog with an error');
    await name.fill('  Work phone ');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Renamed to Work phone.' }),
    ).toBeVisible();
    await expect(list.getByRole('listitem')).toContainText('Work phone');
    await expect(list.getByRole('button', { name: 'Rename Work phone' })).toBeFocused();
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN' });
    test('the list and the rename dialog read in Chinese', async ({ page, mock }) => {
      await page.goto('/settings/profile');
      await page.getByLabel('电子邮箱').fill(bob.email);
      await page.getByLabel('密码').fill(bob.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByLabel('验证码').fill(await mock.codeNow(bob.secret));
      const list = page.getByRole('region', { name: '验证方式' });
      await expect(list).toContainText('身份验证应用');
      await expect(list).toContainText('如需移除您唯一的验证方式，请禁用 MFA。');
      // A factor without a name of its own is named in the reader's language.
      await list.getByRole('button', { name: '重命名“身份验证应用”' }).click();
      const rename = page.getByRole('dialog', { name: '重命名验证方式' });
      await expect(rename.getByLabel('名称')).toHaveValue('身份验证应用');
      await expectNoA11yViolations(page, 'rename dialog in Chinese');
    });
  });
});
