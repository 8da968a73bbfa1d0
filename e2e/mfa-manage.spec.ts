import { alice, expect, test } from './fixtures';

/**
 * Each new authenticator code is taken a minute later on the backend's clock, so at a later
 * step (SEC-7); codes are computed at the backend's time, so this also runs over HTTP.
 */
test(
  'Alice signs in with her app and a recovery code, regenerates her codes, then disables MFA',
  { tag: '@real-backend' },
  async ({
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
    await signInPage.goto();
    await signInWithMailedCode(alice);
    await consolePage.openProfileSettings();

    await profilePage.enableWithApp();
    const key = await wizard.openKey();
    const code = () => mock.codeNow(key);
    await wizard.next.click();
    await wizard.code.fill(await code());
    const codes = await wizard.recoveryCodes();
    expect(codes).toHaveLength(10);
    await wizard.finish();
    await expect(profilePage.status).toHaveText(profilePage.enabledLabel);

    // Signing in now asks for the app's code.
    await consolePage.signOut();
    await mock.advanceClock(60);
    await signInPage.signIn(alice.email, alice.password);
    await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
    await verifyPage.enterCode(await code());
    await expect(consolePage.heading).toContainText(alice.name);

    // Or a recovery code, which is then spent.
    await consolePage.signOut();
    await signInPage.signIn(alice.email, alice.password);
    await verifyPage.enterRecoveryCode(codes[0] ?? '');
    await expect(consolePage.heading).toContainText(alice.name);
    await consolePage.openProfileSettings();
    await expect(profilePage.recoveryCodesRemaining(9)).toBeVisible();
    // Nine left is no reason for a warning; the status says since when in one line.
    await expect(profilePage.anyRecoveryCodesBanner).toHaveCount(0);
    await expect(profilePage.enabledSince).toBeVisible();

    // New recovery codes: the old set stops working.
    await mock.advanceClock(60);
    await profilePage.regenerate.click();
    await expect(regenerateDialog.dialog).toContainText(regenerateDialog.description);
    await regenerateDialog.confirmWithCode(alice.password, await code());
    await expect(regenerateDialog.recoveryCodeList).toBeVisible();
    const newCodes = await regenerateDialog.recoveryCodes();
    expect(newCodes).toHaveLength(10);
    expect(newCodes).not.toContain(codes[1]);
    await expect(regenerateDialog.done).toBeDisabled();
    await expect(regenerateDialog.dialog).toContainText(regenerateDialog.doneHint);
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
    await mock.advanceClock(60);
    const disableCode = await code();
    await profilePage.disableMfa.click();
    await expect(disableDialog.dialog).toContainText(disableDialog.description);
    await disableDialog.confirmWithCode('not-her-password', disableCode);
    await expect(disableDialog.alert).toContainText(text.t('factor-errors:invalid_password'));
    await expect(disableDialog.password).toHaveValue('not-her-password');
    await expect(disableDialog.code).toHaveValue(disableCode);
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
  },
);
