import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

test('the same sign-in in Simplified Chinese', async ({ page, mock }) => {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');
  await expectNoA11yViolations(page, 'sign-in (zh-CN)');

  await page.getByLabel('电子邮箱').fill(alice.email);
  await page.getByLabel('密码').fill('wrong');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toContainText(/[A-Za-z]{4,}/);

  await page.getByLabel('密码').fill(alice.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('电子邮件验证');
  await expectNoA11yViolations(page, 'email verification (zh-CN)');
  await page.getByLabel('验证码').fill(await mock.latestCode(alice.email));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(alice.name);
  await expectNoA11yViolations(page, 'console home (zh-CN)');
});

test('the language switch changes the page and remembers the choice', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});
