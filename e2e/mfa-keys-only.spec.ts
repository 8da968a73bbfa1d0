import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ onLocalhost: true });

test('with only a passkey left, Bob signs in, enters sudo mode and disables MFA with the key @real-backend', async ({
  page,
  virtualKeys,
  keySteps,
  factors,
  signInPage,
  verifyPage,
  consolePage,
  profilePage,
  disableDialog,
}) => {
  test.slow();
  await keySteps.signInAndAddPasskey(bob, 'Laptop');
  expect(await virtualKeys.credentials()).toHaveLength(1);

  // Sudo mode still holds: the app goes without another question, and the passkey is the last.
  await factors.removeButton('Authenticator app').click();
  await factors
    .removeDialog('Authenticator app')
    .getByRole('button', { name: factors.text.t('profile:factors.removeConfirm') })
    .click();
  await expect(factors.items).toHaveCount(1);
  await expect(factors.items).toContainText('Laptop');
  await expect(factors.region).toContainText(factors.lastHint);
  await expect(factors.removeButtons).toHaveCount(0);
  await consolePage.signOut();
  await expect(signInPage.heading).toHaveText(signInPage.title);

  // The second step offers the key and the recovery code, and no code field.
  await signInPage.signIn(bob.email, bob.password);
  await expect(page.getByText(verifyPage.text.t('key-sign-in:instructionsKey'))).toBeVisible();
  await expect(verifyPage.useSecurityKey).toBeFocused();
  await expect(verifyPage.code).toHaveCount(0);
  await expect(verifyPage.useRecoveryCode).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in: key only');
  await verifyPage.useRecoveryCode.click();
  await expect(verifyPage.recoveryCode).toBeFocused();
  await expect(verifyPage.backToKey).toHaveText(verifyPage.text.t('key-sign-in:useKeyInstead'));
  await verifyPage.backToKey.click();
  await verifyPage.pressSecurityKey();
  await expect(consolePage.heading).toContainText(bob.name);

  // A new session is not in sudo mode: adding an app asks for the password, then the key.
  await consolePage.openProfileSettings();
  await factors.addApp.click();
  const reauth = factors.addAppReauth;
  await expect(reauth.keyIntro).toBeVisible();
  await expect(reauth.code).toHaveCount(0);
  await expect(reauth.useApp).toHaveCount(0);
  await expect(reauth.useRecovery).toBeVisible();
  await expectNoA11yViolations(page, 'add app: confirm with the key');
  await reauth.password.fill(bob.password);
  await factors.addAppDialog
    .getByRole('button', { name: factors.text.t('profile:factors.continue') })
    .click();
  // The key's step has drawn once focus is on its heading (the dialog scrolls to it): Cancel
  // is pressed there, not while the step is still moving into place.
  await expect(
    factors.addAppDialog.getByRole('heading', { name: factors.text.t('mfa:wizard.scan.heading') }),
  ).toBeFocused();
  await factors.addAppDialog
    .getByRole('button', { name: factors.text.t('profile:factors.cancel') })
    .click();
  await expect(factors.addAppDialog).toBeHidden();

  // Disable MFA: its warning, then the password and the key.
  await profilePage.disableMfa.click();
  await expect(disableDialog.dialog).toContainText(disableDialog.description);
  await expect(disableDialog.code).toHaveCount(0);
  await expectNoA11yViolations(page, 'disable MFA with the key');
  await disableDialog.confirmWithKey(bob.password);
  await expect(profilePage.disabledNotice).toBeVisible();
  await expect(profilePage.status).toHaveText(profilePage.disabledLabel);
  await expect(factors.region).toHaveCount(0);
});
