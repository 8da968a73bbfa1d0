import { totpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ locale: 'zh-CN' });

const now = new Date('2026-11-29T10:00:00Z');

// The page objects read their labels from the message files; the literal Chinese below is
// the anchor that those files hold real translations.
test('wrong and throttled codes are explained in Chinese', async ({ page, app, text }) => {
  await page.clock.setFixedTime(now);
  await app.signIn.signInAs(bob);
  await expect(app.verify.heading).toHaveText('MFA 验证');

  await app.verify.enterCode('000001');
  await expect(app.verify.alert).toContainText('验证码不正确');
  await expect(app.verify.alert).toContainText(text.t('errors:invalid_code'));
  await expect(app.verify.code).toHaveValue('000001');
  await expectNoA11yViolations(page, 'MFA verification, wrong code (zh-CN)');

  for (const wrong of ['000002', '000003', '000004', '000005']) {
    await app.verify.enterCode(wrong);
    await expect(app.verify.alert).toBeVisible();
  }
  await app.verify.enterCode(totpAt(bob.secret, now));
  await expect(app.verify.waitAlert).toContainText('尝试次数过多');
  await expect(app.verify.waitAlert).toContainText('秒');
  await expect(app.verify.waitAlert).toContainText(text.pattern('errors:too_many_attempts_wait'));
  await expect(app.verify.waitMentions()).toHaveCount(2); // the countdown and its spoken start
  await expect(app.verify.verify).toBeDisabled();
  await expectNoA11yViolations(page, 'MFA verification, throttled (zh-CN)');
});

test('a recovery code signs in, in Chinese', async ({ page, app }) => {
  await app.signIn.signInAs(bob);
  await app.verify.useRecoveryCode.click();
  await app.verify.recoveryCode.fill('q2rb5-hx5a8');
  await expect(app.verify.recoveryCode).toHaveAccessibleName('恢复码');
  await expectNoA11yViolations(page, 'MFA verification, recovery code (zh-CN)');
  await app.verify.verify.click();
  await expect(app.console.heading).toContainText(bob.name);
});
