import { totpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

const now = new Date('2026-11-29T10:00:00Z');

// The page objects read their labels from the message files; the literal Chinese below is
// the anchor that those files hold real translations.
test('wrong and throttled codes are explained in Chinese', async ({
  page,
  signInPage,
  verifyPage,
  text,
}) => {
  await page.clock.setFixedTime(now);
  await signInPage.goto();
  await signInPage.signIn(bob.email, bob.password);
  await expect(verifyPage.heading).toHaveText('MFA 验证');

  await verifyPage.enterCode('000001');
  await expect(verifyPage.alert).toContainText('验证码不正确');
  await expect(verifyPage.alert).toContainText(text.t('errors:invalid_code'));
  await expect(verifyPage.code).toHaveValue('000001');
  await expectNoA11yViolations(page, 'MFA verification, wrong code (zh-CN)');

  for (const wrong of ['000002', '000003', '000004', '000005']) {
    await verifyPage.enterCode(wrong);
    await expect(verifyPage.alert).toBeVisible();
  }
  await verifyPage.enterCode(totpAt(bob.secret, now));
  await expect(verifyPage.alert).toContainText('尝试次数过多');
  await expect(verifyPage.alert).toContainText('秒');
  await expect(verifyPage.alert).toContainText(text.pattern('errors:too_many_attempts_wait'));
  await expectNoA11yViolations(page, 'MFA verification, throttled (zh-CN)');
});

test('a recovery code signs in, in Chinese', async ({
  page,
  signInPage,
  verifyPage,
  consolePage,
}) => {
  await signInPage.goto();
  await signInPage.signIn(bob.email, bob.password);
  await verifyPage.useRecoveryCode.click();
  await verifyPage.recoveryCode.fill('q2rb5-hx5a8');
  await expect(verifyPage.recoveryCode).toHaveAccessibleName('恢复码');
  await expectNoA11yViolations(page, 'MFA verification, recovery code (zh-CN)');
  await verifyPage.verify.click();
  await expect(consolePage.heading).toContainText(bob.name);
});
