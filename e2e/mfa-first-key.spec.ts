import { alice, expect, test } from './fixtures';
import { MfaDialog } from './pages/mfa-dialog';
import { expectNoA11yViolations } from './support/axe';
import { tabTo } from './support/keyboard';
import { PASSKEY_DEFAULT_NAME } from './support/key-journeys';

// WebAuthn refuses an IP address as the relying-party ID: the same server, as localhost.
test.use({ onLocalhost: true });

test('Alice turns MFA on with a passkey by keyboard, then signs in with it or a recovery code @real-backend', async ({
  page,
  virtualKeys,
  signInPage,
  verifyPage,
  consolePage,
  profilePage,
  factors,
  signInWithMailedCode,
}) => {
  test.slow();
  const { text } = profilePage;
  await page.goto('/settings/profile');
  await signInWithMailedCode(alice);
  await expect(profilePage.status).toHaveText(profilePage.disabledLabel);

  // "Enable MFA" asks which first factor: the app first, the key one Tab further.
  await tabTo(page, profilePage.enableMfa);
  await page.keyboard.press('Enter');
  await expect(profilePage.chooseApp).toBeFocused();
  await expect(profilePage.chooseKey).toHaveAccessibleDescription(
    text.t('mfa:choice.key.description'),
  );
  await expectNoA11yViolations(page, 'enable MFA: choose app or key');
  await page.keyboard.press('Tab');
  await expect(profilePage.chooseKey).toBeFocused();
  await page.keyboard.press('Enter');

  // The explanation, with Continue ready; Enter lets the browser create the passkey.
  const keyDialog = page.getByRole('dialog', { name: text.t('mfa:enableKey.title') });
  await expect(keyDialog).toContainText(text.t('mfa:enableKey.intro'));
  const continueButton = keyDialog.getByRole('button', { name: text.t('mfa:enableKey.continue') });
  await expect(continueButton).toBeFocused();
  await expect(page).toHaveURL(/method=key/);
  await expectNoA11yViolations(page, 'enable MFA with a key: explanation');
  await expect(continueButton).not.toHaveAttribute('aria-busy', 'true');
  await page.keyboard.press('Enter');

  // The key is saved and MFA is on; first its name (Enter saves it).
  const nameField = factors.nameField('passkey');
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveValue(PASSKEY_DEFAULT_NAME);
  expect(await virtualKeys.credentials()).toHaveLength(1);
  await expectNoA11yViolations(page, 'enable MFA with a key: name it');
  await nameField.fill('Laptop');
  await page.keyboard.press('Enter');

  // Then the recovery codes: Done is disabled and Escape refuses until they are confirmed as saved.
  const codesDialog = new MfaDialog(profilePage.choiceDialog, text);
  const codes = await codesDialog.recoveryCodes();
  expect(codes).toHaveLength(10);
  await expect(codesDialog.dialog).toContainText(text.t('mfa:enableKey.enabled'));
  await expect(
    codesDialog.dialog.getByRole('heading', { name: text.t('mfa:wizard.done.heading') }),
  ).toBeFocused();
  await expectNoA11yViolations(page, 'enable MFA with a key: recovery codes');
  await expect(codesDialog.done).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(codesDialog.dialog.getByRole('alert')).toHaveText(codesDialog.savedRequiredMessage);
  await expect(codesDialog.savedCheckbox).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, codesDialog.done);
  await page.keyboard.press('Enter');
  await expect(codesDialog.dialog).toBeHidden();
  await expect(profilePage.status).toHaveText(profilePage.enabledLabel);
  await expect(factors.items).toHaveCount(1);
  await expect(factors.item('Laptop')).toContainText(factors.typeLabel('passkey'));

  // Keys only: the second step offers the key, no code field, and signs in with it.
  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  await expect(verifyPage.useSecurityKey).toBeFocused();
  await expect(verifyPage.code).toHaveCount(0);
  await verifyPage.pressSecurityKey();
  await expect(consolePage.heading).toContainText(alice.name);

  // A recovery code works too, once.
  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  await verifyPage.enterRecoveryCode(codes[0] ?? '');
  await expect(consolePage.heading).toContainText(alice.name);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the choice and the key explanation read in Chinese and pass axe', async ({
    page,
    profilePage,
    signInWithMailedCode,
  }) => {
    const { text } = profilePage;
    await page.goto('/settings/profile');
    await signInWithMailedCode(alice);
    await profilePage.enableMfa.click();
    await expect(profilePage.choiceDialog).toContainText(text.t('mfa:choice.intro'));
    await expect(profilePage.chooseApp).toBeVisible();
    await profilePage.chooseKey.click();
    const keyDialog = page.getByRole('dialog', { name: text.t('mfa:enableKey.title') });
    await expect(keyDialog).toContainText(text.t('mfa:enableKey.afterwards'));
    await expect(
      keyDialog.getByRole('button', { name: text.t('mfa:enableKey.continue') }),
    ).toBeFocused();
    await expectNoA11yViolations(page, 'enable MFA with a key: explanation (zh-CN)');
    // Back returns to the choice, and nothing changed.
    await keyDialog.getByRole('button', { name: text.t('mfa:enableKey.back') }).click();
    await expect(profilePage.chooseApp).toBeVisible();
    await expect(page).not.toHaveURL(/method=/);
  });
});
