import { alice, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

const start = new Date('2026-11-29T10:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

// The wait is told in the visitor's language: both are walked.
for (const locale of ['en-US', 'zh-CN']) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`five wrong passwords make even the right one wait, then signing in works again (${locale})`, async ({
      page,
      signInPage,
      verifyPage,
      text,
    }) => {
      await page.clock.setFixedTime(start);
      await signInPage.goto();
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        await signInPage.signIn(alice.email, `wrong-${attempt}`);
        await expect(signInPage.alert).toHaveText(text.pattern('errors:invalid_credentials'));
        // The form clears the password after each wrong one; wait for it so attempts do not merge.
        await expect(signInPage.password).toHaveValue('');
      }

      // The password step's own rate limit: the account is not locked, the form says how long,
      // in one place: a countdown that ticks, and a status that speaks at its start and end.
      await signInPage.signIn(alice.email, alice.password);
      await expect(signInPage.waitAlert).toHaveText(
        text.t('errors:too_many_attempts_wait', { seconds: 30 }),
      );
      await expect(signInPage.waitStatus).toHaveText(
        text.t('errors:too_many_attempts_wait', { seconds: 30 }),
      );
      await expect(signInPage.waitMentions()).toHaveCount(2); // the alert and the spoken status
      await expect(signInPage.alert).toHaveCount(0);
      await expect(signInPage.submit).toBeDisabled();
      await expect(signInPage.password).toHaveValue(alice.password);
      await expect(signInPage.password).toBeFocused();
      await expectNoA11yViolations(page, 'sign-in, throttled');

      await page.clock.setFixedTime(at(30));
      await expect(signInPage.submit).toBeEnabled();
      await expect(signInPage.waitAlert).toHaveCount(0);
      await expect(signInPage.waitStatus).toHaveText(text.t('common:waitOver'));
      await signInPage.submit.click();
      await expect(verifyPage.code).toBeFocused();
    });
  });
}
