import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ onLocalhost: true });

test.describe('in Chinese, with a passkey added and signed out', () => {
  test.use({ locale: 'zh-CN' });

  test.beforeEach(async ({ virtualKeys, keySteps, consolePage, signInPage }) => {
    test.slow();
    await keySteps.signInAndAddPasskey(bob);
    expect(await virtualKeys.credentials()).toHaveLength(1);
    await consolePage.signOut();
    await expect(signInPage.heading).toHaveText(signInPage.title);
  });

  test('a refused fingerprint is explained, and the key works once it passes', async ({
    page,
    virtualKeys,
    keySteps,
    consolePage,
    verifyPage,
  }) => {
    // The key's own check fails: the browser's prompt ends as if cancelled (it does not say why).
    await virtualKeys.setUserVerified(false);
    await keySteps.signInWithKey(bob);
    await expect(verifyPage.keyError('key_cancelled')).toBeVisible();
    // The anchor against a wrong translation: the Chinese text itself.
    await expect(verifyPage.alert).toContainText('指纹或 PIN 验证未通过');
    await expect(verifyPage.useSecurityKey).toBeFocused();
    await expectNoA11yViolations(page, 'sign-in: key check refused (zh-CN)');

    await virtualKeys.setUserVerified(true);
    await verifyPage.pressSecurityKey();
    await expect(consolePage.heading).toContainText(bob.name);
  });

  test('a key that cannot check a fingerprint or PIN is refused by the server', async ({
    page,
    virtualKeys,
    keySteps,
    consolePage,
    verifyPage,
  }) => {
    await virtualKeys.withoutUserVerification();
    await keySteps.signInWithKey(bob);
    await expect(verifyPage.keyError('webauthn_not_verified')).toBeVisible();
    await expect(verifyPage.alert).toContainText('您的安全密钥已响应');
    await expectNoA11yViolations(page, 'sign-in: key not verified (zh-CN)');
    // The code still works on the same attempt.
    await verifyPage.enterCode(await keySteps.freshCode(bob.secret));
    await expect(consolePage.heading).toContainText(bob.name);
  });
});

test('a browser without WebAuthn says so, and offers the code instead of a dead button', async ({
  page,
  virtualKeys,
  keySteps,
  consolePage,
  signInPage,
  verifyPage,
  factors,
}) => {
  test.slow();
  await keySteps.signInAndAddPasskey(bob);
  expect(await virtualKeys.credentials()).toHaveLength(1);
  await consolePage.signOut();
  await expect(signInPage.heading).toHaveText(signInPage.title);

  // From the next page load on, this browser has no WebAuthn at all.
  await page.addInitScript(() => Reflect.deleteProperty(window, 'PublicKeyCredential'));
  await page.goto('/settings/profile');
  await keySteps.signInWithCode(bob);
  await expect(factors.region).toBeVisible();
  await expect(factors.addKey).toHaveCount(0);
  await expect(factors.region).toContainText(factors.text.t('profile:factors.keyUnsupported'));
  await consolePage.signOut();

  await signInPage.signIn(bob.email, bob.password);
  await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
  await expect(page.getByText(verifyPage.text.t('key-sign-in:unsupported'))).toBeVisible();
  await expect(verifyPage.useSecurityKey).toHaveCount(0);
  await expect(verifyPage.code).toBeFocused();
  await expectNoA11yViolations(page, 'sign-in: browser without WebAuthn');
  await verifyPage.enterCode(await keySteps.freshCode(bob.secret));
  await expect(consolePage.heading).toContainText(bob.name);
});
