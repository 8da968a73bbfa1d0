import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

// The page objects read their labels from the message files; the literal Chinese below is
// the anchor that those files hold real translations.
test('the same sign-in in Simplified Chinese', async ({ page, mock, app }) => {
  await app.signIn.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(app.signIn.heading).toHaveText('登录');
  await expect(app.signIn.email).toHaveAccessibleName('电子邮箱');
  await expect(app.signIn.password).toHaveAccessibleName('密码');
  await expectNoA11yViolations(page, 'sign-in (zh-CN)');

  await app.signIn.signIn(alice.email, 'wrong');
  await expect(app.signIn.alert).toBeVisible();
  await expect(app.signIn.alert).not.toContainText(/[A-Za-z]{4,}/);

  await app.signIn.password.fill(alice.password);
  await app.signIn.submit.click();
  await expect(app.verify.heading).toHaveText('电子邮件验证');
  await expect(app.verify.code).toHaveAccessibleName('验证码');
  await expectNoA11yViolations(page, 'email verification (zh-CN)');
  await app.verify.enterCode(await mock.latestCode(alice.email));
  await expect(app.console.heading).toContainText(alice.name);
  await expectNoA11yViolations(page, 'console home (zh-CN)');
});

test('the language switch changes the page and remembers the choice', async ({ page, app }) => {
  await app.signIn.goto();
  await expect(app.signIn.heading).toHaveText('登录');
  await expect(app.signIn.language).toHaveAccessibleName('语言');
  await app.signIn.language.selectOption('en');
  await expect(app.signIn.heading).toHaveText('Sign in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(app.signIn.heading).toHaveText('Sign in');
});
