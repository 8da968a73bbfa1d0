import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

const start = new Date('2026-11-29T10:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

test('five wrong passwords make even the right one wait, then signing in works again', async ({
  page,
  signInPage,
  verifyPage,
}) => {
  await page.clock.setFixedTime(start);
  await signInPage.goto();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signInPage.signIn(alice.email, `wrong-${attempt}`);
    await expect(signInPage.alert).toHaveText(/Incorrect email or password/);
    // The form clears the password after each wrong one; wait for it so attempts do not merge.
    await expect(signInPage.password).toHaveValue('');
  }

  // The password step's own rate limit: the account is not locked, the form says how long.
  await signInPage.signIn(alice.email, alice.password);
  await expect(signInPage.alert).toHaveText('Too many attempts. Try again in 30 seconds.');
  await expect(signInPage.submit).toBeDisabled();
  await expect(page.getByText('You can try signing in again in 30 seconds.')).toBeVisible();
  await expect(signInPage.password).toHaveValue(alice.password);
  await expectNoA11yViolations(page, 'sign-in, throttled');

  await page.clock.setFixedTime(at(30));
  await expect(signInPage.submit).toBeEnabled();
  await expect(page.getByText(/You can try signing in again/)).toBeHidden();
  await signInPage.submit.click();
  await expect(verifyPage.code).toBeFocused();
});
