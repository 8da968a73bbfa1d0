import { alice, bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test('a wrong password and an unknown email get the same message, and the email stays', async ({
  page,
  signInPage,
  text,
}) => {
  await signInPage.goto();
  await signInPage.signIn(alice.email, 'not-her-password');
  await expect(signInPage.alert).toHaveText(text.pattern('errors:invalid_credentials'));
  const wrongPasswordMessage = await signInPage.alert.textContent();
  await expect(signInPage.email).toHaveValue(alice.email);
  await expectNoA11yViolations(page, 'sign-in, wrong password');

  await signInPage.signIn('nobody@example.com', 'whatever');
  await expect(signInPage.email).toHaveValue('nobody@example.com');
  await expect(signInPage.alert).toHaveText(wrongPasswordMessage ?? '');
});

test('an empty form is explained field by field before anything is sent', async ({
  signInPage,
}) => {
  await signInPage.goto();
  await signInPage.submit.click();
  await expect(signInPage.email).toHaveAttribute('aria-invalid', 'true');
  await expect(signInPage.password).toHaveAttribute('aria-invalid', 'true');
});

test('five wrong codes throttle even a right one, and the wait is shown', async ({
  page,
  signInPage,
  verifyPage,
  text,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'));
  await signInPage.goto();
  await signInPage.signIn(bob.email, bob.password);
  for (const wrong of ['000001', '000002', '000003', '000004', '000005']) {
    await verifyPage.code.fill(wrong);
    await expect(verifyPage.alert).toBeVisible();
  }
  await verifyPage.code.fill('000006');
  await expect(verifyPage.alert).toContainText(/seconds|minute/i);
  await expect(verifyPage.alert).toContainText(text.pattern('errors:too_many_attempts_wait'));
  await expectNoA11yViolations(page, 'MFA verification, throttled');
});

test('signing in works with the keyboard alone', async ({
  page,
  mock,
  signInPage,
  verifyPage,
  consolePage,
}) => {
  await signInPage.goto();
  await page.keyboard.press('Tab');
  await expect(signInPage.email).toBeFocused();
  await page.keyboard.type(alice.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(alice.password);
  await page.keyboard.press('Enter');
  await expect(verifyPage.code).toBeFocused();
  await page.keyboard.type(await mock.latestCode(alice.email));
  await expect(consolePage.heading).toContainText(alice.name);

  await consolePage.accountMenuButton.focus();
  await page.keyboard.press('Enter');
  await expect(consolePage.profileSettings).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(consolePage.accountMenuButton).toBeFocused();
});
