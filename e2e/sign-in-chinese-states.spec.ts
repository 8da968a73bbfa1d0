import { bob, expect, test, totpCode } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

const now = new Date('2026-11-29T10:00:00Z');

test('wrong and throttled codes are explained in Chinese', async ({ page }) => {
  await page.clock.setFixedTime(now);
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(bob.email);
  await page.getByLabel('密码').fill(bob.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MFA 验证');

  const field = page.getByLabel('验证码');
  const alert = page.getByRole('alert');
  await field.fill('000001');
  await expect(alert).toContainText('验证码不正确');
  await expect(field).toHaveValue('000001');
  await expectNoA11yViolations(page, 'MFA verification, wrong code (zh-CN)');

  for (const wrong of ['000002', '000003', '000004', '000005']) {
    await field.fill(wrong);
    await expect(alert).toBeVisible();
  }
  await field.fill(totpCode(bob.secret, now));
  await expect(alert).toContainText('尝试次数过多');
  await expect(alert).toContainText('秒');
  await expectNoA11yViolations(page, 'MFA verification, throttled (zh-CN)');
});

test('a recovery code signs in, in Chinese', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('电子邮箱').fill(bob.email);
  await page.getByLabel('密码').fill(bob.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '使用恢复码' }).click();
  await page.getByLabel('恢复码').fill('q2rb5-hx5a8');
  await expectNoA11yViolations(page, 'MFA verification, recovery code (zh-CN)');
  await page.getByRole('button', { name: '验证', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(bob.name);
});
