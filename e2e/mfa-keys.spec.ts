import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';
import { PASSKEY_DEFAULT_NAME } from './support/key-journeys';

// WebAuthn refuses an IP address as the relying-party ID: the same server, as localhost.
test.use({ onLocalhost: true });

test('Bob adds a passkey by keyboard, names it, and signs in with it, offered first @real-backend', async ({
  page,
  virtualKeys,
  keySteps,
  signInPage,
  verifyPage,
  consolePage,
  factors,
}) => {
  test.slow();
  await page.goto('/settings/profile');
  await signInPage.email.fill(bob.email);
  await signInPage.password.fill(bob.password);
  await page.keyboard.press('Enter');
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  // An account with apps only is offered no key.
  await expect(verifyPage.useSecurityKey).toHaveCount(0);
  await verifyPage.code.fill(await keySteps.freshCode(bob.secret));

  // Outside sudo mode: password and a code first, then Continue lets the browser create the key.
  await factors.addKey.focus();
  await page.keyboard.press('Enter');
  const reauth = factors.addKeyReauth;
  await expect(reauth.password).toBeVisible();
  await expectNoA11yViolations(page, 'add key: confirm identity');
  await reauth.password.fill(bob.password);
  await reauth.code.fill(await keySteps.freshCode(bob.secret));
  await page.keyboard.press('Enter');
  await expect(factors.addKeyDialog).toContainText(factors.text.t('profile:factors.addKeyIntro'));
  await expect(factors.continue).toBeFocused();
  await expectNoA11yViolations(page, 'add key: intro');
  await page.keyboard.press('Enter');

  // The virtual keys keep the key on the device and signs in by itself: a passkey.
  const name = factors.nameField('passkey');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue(PASSKEY_DEFAULT_NAME);
  expect(await virtualKeys.credentials()).toHaveLength(1);
  await expectNoA11yViolations(page, 'add key: naming');
  await name.fill('Laptop');
  await page.keyboard.press('Enter');
  await expect(factors.toast('addedToast', 'Laptop')).toBeVisible();
  const row = factors.item('Laptop');
  await expect(row).toContainText(factors.typeLabel('passkey'));
  await expect(row).toContainText(factors.deviceOnlyLabel);
  await expect(factors.items).toHaveCount(2);
  await expect(factors.items.first()).toContainText('Laptop');
  await expectNoA11yViolations(page, 'factor list with a passkey');

  // Signed out and back: the key, used last, is offered first, focused, and one Enter signs in.
  await consolePage.accountMenuButton.focus();
  await page.keyboard.press('Enter');
  await consolePage.signOutItem.focus();
  await page.keyboard.press('Enter');
  await signInPage.email.fill(bob.email);
  await signInPage.password.fill(bob.password);
  await page.keyboard.press('Enter');
  await expect(verifyPage.offers).toHaveText([
    verifyPage.text.t('key-sign-in:useKey'),
    verifyPage.text.t('verify:submit'),
  ]);
  await expect(verifyPage.code).toBeVisible();
  await expect(verifyPage.useSecurityKey).toBeFocused();
  await expect(verifyPage.useSecurityKey).not.toHaveAttribute('aria-busy', 'true');
  await expectNoA11yViolations(page, 'sign-in: key offered first');
  await page.keyboard.press('Enter');
  await expect(consolePage.heading).toContainText(bob.name);
});
