import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

// The page objects read their labels from the message files; the literal Chinese below is
// the anchor that those files hold real translations.
test('the same sign-in in Simplified Chinese', async ({
  page,
  mock,
  signInPage,
  verifyPage,
  consolePage,
}) => {
  await signInPage.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(signInPage.heading).toHaveText('登录');
  await expect(signInPage.email).toHaveAccessibleName('电子邮箱');
  await expect(signInPage.password).toHaveAccessibleName('密码');
  await expectNoA11yViolations(page, 'sign-in (zh-CN)');

  await signInPage.signIn(alice.email, 'wrong');
  await expect(signInPage.alert).toBeVisible();
  await expect(signInPage.alert).not.toContainText(/[A-Za-z]{4,}/);

  await signInPage.password.fill(alice.password);
  await signInPage.submit.click();
  await expect(verifyPage.heading).toHaveText('电子邮件验证');
  await expect(verifyPage.code).toHaveAccessibleName('验证码');
  await expectNoA11yViolations(page, 'email verification (zh-CN)');
  await verifyPage.enterCode(await mock.latestCode(alice.email));
  await expect(consolePage.heading).toContainText(alice.name);
  await expectNoA11yViolations(page, 'console home (zh-CN)');
});

test('the language switch changes the page and remembers the choice', async ({
  page,
  signInPage,
}) => {
  await signInPage.goto();
  await expect(signInPage.heading).toHaveText('登录');
  await expect(signInPage.language).toHaveAccessibleName('语言');
  await signInPage.language.selectOption('en');
  await expect(signInPage.heading).toHaveText('Sign in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(signInPage.heading).toHaveText('Sign in');
});
