import { totpAt } from '#mocks/testing/codes';
import { alice, expect, test } from './fixtures';
import { decodeQr } from './pages/mfa-wizard-page';
import { expectNoA11yViolations } from './support/axe';
import { tabTo } from './support/keyboard';

const start = new Date('2026-11-29T10:00:05Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

// Alice at Profile settings, signed in with a mailed code at `start`.
test.beforeEach(async ({ page, signInPage, signInWithMailedCode, consolePage }) => {
  await page.clock.setFixedTime(start);
  await signInPage.goto();
  await signInWithMailedCode(alice);
  await consolePage.openProfileSettings();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every wizard step and dialog passes axe (${colorScheme})`, async ({
    page,
    profilePage,
    wizard,
    regenerateDialog,
    disableDialog,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await expectNoA11yViolations(page, `profile, MFA off (${colorScheme})`);

    await profilePage.enableWithApp();
    await expect(wizard.stepHeading(1)).toBeFocused();
    await expectNoA11yViolations(page, `wizard step 1 (${colorScheme})`);

    const key = await wizard.openKey();
    await expectNoA11yViolations(page, `wizard step 2 (${colorScheme})`);
    // Dark modules on a white tile in either theme: a camera reads it.
    expect(await decodeQr(wizard.qrCode(alice.email))).toContain(`secret=${key}`);

    await wizard.next.click();
    await expectNoA11yViolations(page, `wizard step 3 (${colorScheme})`);
    await wizard.verifyAndEnable.click();
    await expect(wizard.alert).toBeVisible();
    await expect(wizard.code).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page, `wizard step 3, code missing (${colorScheme})`);

    await wizard.code.fill(totpAt(key, start));
    await expect(wizard.recoveryCodeList).toBeVisible();
    await expectNoA11yViolations(page, `wizard recovery codes (${colorScheme})`);
    await expect(wizard.done).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(wizard.alert).toBeVisible();
    await expectNoA11yViolations(page, `wizard recovery codes, not yet saved (${colorScheme})`);
    await wizard.finish();
    await expectNoA11yViolations(page, `profile, MFA on (${colorScheme})`);

    await profilePage.regenerate.click();
    await expect(regenerateDialog.password).toBeVisible();
    await expectNoA11yViolations(page, `regenerate dialog (${colorScheme})`);
    await regenerateDialog.submit.click();
    await expect(regenerateDialog.alert).toBeVisible();
    await expectNoA11yViolations(page, `regenerate dialog, fields missing (${colorScheme})`);
    await page.clock.setFixedTime(at(30));
    await regenerateDialog.confirmWithCode(alice.password, totpAt(key, at(30)));
    await expect(regenerateDialog.recoveryCodeList).toBeVisible();
    await expectNoA11yViolations(page, `regenerate dialog, new codes (${colorScheme})`);
    await regenerateDialog.savedCheckbox.check();
    await regenerateDialog.done.click();

    await profilePage.disableMfa.click();
    await expect(disableDialog.password).toBeVisible();
    await expectNoA11yViolations(page, `disable dialog (${colorScheme})`);
    await disableDialog.useRecoveryCode.click();
    await expect(disableDialog.recoveryCode).toBeFocused();
    await disableDialog.password.fill(alice.password);
    await disableDialog.recoveryCode.fill('aaaaa-aaaaa');
    await disableDialog.submit.click();
    await expect(disableDialog.alert).toBeVisible();
    await expectNoA11yViolations(page, `disable dialog, wrong recovery code (${colorScheme})`);
  });
}

test('the keyboard alone turns MFA on', async ({ page, profilePage, wizard }) => {
  await tabTo(page, profilePage.enableMfa);
  expect(await profilePage.enableMfa.evaluate((element) => element.matches(':focus-visible'))).toBe(
    true,
  );
  await page.keyboard.press('Enter');
  // The choice opens on its first option, the authenticator app.
  await expect(profilePage.chooseApp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wizard.stepHeading(1)).toBeFocused();

  await tabTo(page, wizard.next);
  await page.keyboard.press('Enter');
  await expect(wizard.stepHeading(2)).toBeFocused();
  await wizard.manualKey.getByRole('code').waitFor();
  const key = await wizard.key();

  await tabTo(page, wizard.next);
  await page.keyboard.press('Enter');
  await expect(wizard.stepHeading(3)).toBeFocused();

  await tabTo(page, wizard.code);
  await page.keyboard.type(totpAt(key, start));
  await expect(wizard.savedCodesHeading).toBeFocused();

  await tabTo(page, wizard.savedCheckbox);
  await page.keyboard.press('Space');
  await expect(wizard.savedCheckbox).toBeChecked();
  await tabTo(page, wizard.done);
  await page.keyboard.press('Enter');
  await expect(wizard.dialog).toBeHidden();
  // Focus stays in the MFA row, on a button that exists now that MFA is on.
  await expect(profilePage.regenerate).toBeFocused();
});
