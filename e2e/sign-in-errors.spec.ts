import { alice, bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a wrong password and an unknown email get the same message, and the email stays', async ({
  page,
  app,
  text,
}) => {
  await app.signIn.goto();
  await app.signIn.signIn(alice.email, 'not-her-password');
  await expect(app.signIn.alert).toHaveText(text.pattern('errors:invalid_credentials'));
  const wrongPasswordMessage = await app.signIn.alert.textContent();
  await expect(app.signIn.email).toHaveValue(alice.email);
  // The password is what to type again: focused, and it points at the message.
  await expect(app.signIn.password).toBeFocused();
  await expect(app.signIn.password).toHaveAccessibleDescription(
    text.pattern('errors:invalid_credentials'),
  );
  await expectNoA11yViolations(page, 'sign-in, wrong password');

  await app.signIn.signIn('nobody@example.com', 'whatever');
  await expect(app.signIn.email).toHaveValue('nobody@example.com');
  await expect(app.signIn.alert).toHaveText(wrongPasswordMessage ?? '');
});

test('an empty form is explained field by field before anything is sent', async ({ app }) => {
  await app.signIn.goto();
  await app.signIn.submit.click();
  await expect(app.signIn.email).toHaveAttribute('aria-invalid', 'true');
  await expect(app.signIn.password).toHaveAttribute('aria-invalid', 'true');
  await expect(app.signIn.email).toBeFocused();
});

test('an email that is not an address sends focus to the email field, which says why', async ({
  app,
  text,
}) => {
  await app.signIn.goto();
  await app.signIn.signIn('alice.example.com', alice.password);
  await expect(app.signIn.email).toBeFocused();
  await expect(app.signIn.email).toHaveAccessibleDescription(text.t('auth:signIn.emailInvalid'));
});

test('a wrong code sends focus back to the code field, which points at the message', async ({
  app,
  text,
}) => {
  await app.signIn.signInAs(bob);
  await app.verify.enterCode('000001');
  await expect(app.verify.alert).toHaveText(text.t('errors:invalid_code'));
  await expect(app.verify.code).toBeFocused();
  await expect(app.verify.code).toHaveAttribute('aria-invalid', 'true');
  await expect(app.verify.code).toHaveAccessibleDescription(text.t('errors:invalid_code'));
});

test('five wrong codes throttle even a right one, and the wait is shown', async ({
  page,
  app,
  text,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'));
  await app.signIn.signInAs(bob);
  for (const wrong of ['000001', '000002', '000003', '000004', '000005']) {
    await app.verify.code.fill(wrong);
    await expect(app.verify.alert).toBeVisible();
  }
  await app.verify.code.fill('000006');
  // Said once: the countdown alert (not re-read as it ticks) and its spoken start, no hint.
  await expect(app.verify.waitAlert).toContainText(/seconds|minute/i);
  await expect(app.verify.waitAlert).toContainText(text.pattern('errors:too_many_attempts_wait'));
  await expect(app.verify.waitMentions()).toHaveCount(2);
  await expect(app.verify.alert).toHaveCount(0);
  await expect(app.verify.verify).toBeDisabled();
  await expectNoA11yViolations(page, 'MFA verification, throttled');
});

test('signing in works with the keyboard alone', async ({ page, mock, app }) => {
  await app.signIn.goto();
  await page.keyboard.press('Tab');
  await expect(app.signIn.email).toBeFocused();
  await page.keyboard.type(alice.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(alice.password);
  await page.keyboard.press('Enter');
  await expect(app.verify.code).toBeFocused();
  await page.keyboard.type(await mock.latestCode(alice.email));
  await expect(app.console.heading).toContainText(alice.name);

  await app.console.accountMenuButton.focus();
  await page.keyboard.press('Enter');
  await expect(app.console.profileSettings).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(app.console.accountMenuButton).toBeFocused();
});
