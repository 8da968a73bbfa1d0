import { alice, expect, test, totpCode } from './fixtures';

/** 5 s into a 30-s step. Each new authenticator code is taken at a later step (SEC-7). */
const start = new Date('2026-11-29T10:00:05Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

test('Alice signs in with her app and a recovery code, regenerates her codes, then disables MFA', async ({
  page,
  mock,
  profilePage,
  wizard,
  signInPage,
  verifyPage,
  signInWithMailedCode,
  consolePage,
  regenerateDialog,
  disableDialog,
  text,
}) => {
  test.slow();
  await page.clock.setFixedTime(start);
  await signInPage.goto();
  await signInWithMailedCode(alice);
  await consolePage.openProfileSettings();

  await profilePage.enableMfa.click();
  const key = await wizard.openKey();
  await wizard.next.click();
  await wizard.code.fill(totpCode(key, start));
  const codes = await wizard.recoveryCodes();
  expect(codes).toHaveLength(10);
  await wizard.finish();
  await expect(profilePage.status).toHaveText(profilePage.enabledLabel);

  // Signing in now asks for the app's code.
  await consolePage.signOut();
  await page.clock.setFixedTime(at(60));
  await signInPage.signIn(alice.email, alice.password);
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  await verifyPage.enterCode(totpCode(key, at(60)));
  await expect(consolePage.heading).toContainText(alice.name);

  // Or a recovery code, which is then spent.
  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await verifyPage.enterRecoveryCode(codes[0] ?? '');
  await expect(consolePage.heading).toContainText(alice.name);
  await consolePage.openProfileSettings();
  await expect(profilePage.recoveryCodesRemaining(9)).toBeVisible();

  // New recovery codes: the old set stops working.
  await page.clock.setFixedTime(at(120));
  await profilePage.regenerate.click();
  await expect(regenerateDialog.dialog).toContainText(regenerateDialog.description);
  await regenerateDialog.confirmWithCode(alice.password, totpCode(key, at(120)));
  await expect(regenerateDialog.recoveryCodeList).toBeVisible();
  const newCodes = await regenerateDialog.recoveryCodes();
  expect(newCodes).toHaveLength(10);
  expect(newCodes).not.toContain(codes[1]);
  await regenerateDialog.done.click();
  await expect(regenerateDialog.savedCheckbox).toBeFocused();
  await regenerateDialog.savedCheckbox.check();
  await regenerateDialog.done.click();
  await expect(regenerateDialog.dialog).toBeHidden();
  await expect(profilePage.recoveryCodesRemaining(10)).toBeVisible();

  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await verifyPage.enterRecoveryCode(codes[1] ?? '');
  await expect(verifyPage.alert).toContainText(text.t('errors:invalid_recovery_code'));
  await verifyPage.recoveryCode.fill(newCodes[0] ?? '');
  await verifyPage.verify.click();
  await expect(consolePage.heading).toContainText(alice.name);

  // Disabling asks again for the password and a code; a wrong password loses nothing typed.
  await consolePage.openProfileSettings();
  await page.clock.setFixedTime(at(180));
  const code = totpCode(key, at(180));
  await profilePage.disableMfa.click();
  await expect(disableDialog.dialog).toContainText(disableDialog.description);
  await disableDialog.confirmWithCode('not-her-password', code);
  await expect(disableDialog.alert).toContainText(text.t('errors:invalid_password'));
  await expect(disableDialog.password).toHaveValue('not-her-password');
  await expect(disableDialog.code).toHaveValue(code);
  await disableDialog.password.fill(alice.password);
  await disableDialog.password.press('Enter');
  await expect(disableDialog.dialog).toBeHidden();
  await expect(profilePage.disabledNotice).toBeVisible();
  await expect(profilePage.status).toHaveText(profilePage.disabledLabel);
  await expect(profilePage.enableMfa).toBeFocused();

  // Sign-in codes come by email again.
  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await expect(verifyPage.heading).toHaveText(verifyPage.emailTitle);
  await verifyPage.enterCode(await mock.latestCode(alice.email));
  await expect(consolePage.heading).toContainText(alice.name);
});
