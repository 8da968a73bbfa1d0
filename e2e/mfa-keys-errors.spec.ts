import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

test.use({ onLocalhost: true });

test.describe('in Chinese, with a passkey added and signed out', () => {
  test.use({ locale: 'zh-CN' });

  test.beforeEach(async ({ virtualKeys, keySteps, app }) => {
    test.slow();
    await keySteps.signInAndAddPasskey(bob);
    expect(await virtualKeys.credentials()).toHaveLength(1);
    await app.console.signOut();
    await expect(app.signIn.heading).toHaveText(app.signIn.title);
  });

  test('a refused fingerprint is explained, and the key works once it passes', async ({
    page,
    virtualKeys,
    keySteps,
    app,
  }) => {
    // The key's own check fails: the browser's prompt ends as if cancelled (it does not say why).
    await virtualKeys.setUserVerified(false);
    await keySteps.signInWithKey(bob);
    await expect(app.verify.keyError('key_cancelled')).toBeVisible();
    // The anchor against a wrong translation: the Chinese text itself.
    await expect(app.verify.alert).toContainText('指纹或 PIN 验证未通过');
    await expect(app.verify.useSecurityKey).toBeFocused();
    await expectNoA11yViolations(page, 'sign-in: key check refused (zh-CN)');

    await virtualKeys.setUserVerified(true);
    await app.verify.pressSecurityKey();
    await expect(app.console.heading).toContainText(bob.name);
  });

  test('a key that cannot check a fingerprint or PIN is refused by the server', async ({
    page,
    virtualKeys,
    keySteps,
    app,
  }) => {
    await virtualKeys.withoutUserVerification();
    await keySteps.signInWithKey(bob);
    await expect(app.verify.keyError('webauthn_not_verified')).toBeVisible();
    await expect(app.verify.alert).toContainText('您的安全密钥已响应');
    await expectNoA11yViolations(page, 'sign-in: key not verified (zh-CN)');
    // The code still works on the same attempt.
    await app.verify.enterCode(await keySteps.freshCode(bob.secret));
    await expect(app.console.heading).toContainText(bob.name);
  });
});

test('a browser without WebAuthn says so, and offers the code instead of a dead button', async ({
  page,
  virtualKeys,
  keySteps,
  app,
  factors,
}) => {
  test.slow();
  await keySteps.signInAndAddPasskey(bob);
  expect(await virtualKeys.credentials()).toHaveLength(1);
  await app.console.signOut();
  await expect(app.signIn.heading).toHaveText(app.signIn.title);

  // From the next page load on, this browser has no WebAuthn at all.
  await page.addInitScript(() => Reflect.deleteProperty(window, 'PublicKeyCredential'));
  await page.goto('/settings/profile');
  await keySteps.signInWithCode(bob);
  await expect(factors.region).toBeVisible();
  await expect(factors.addKey).toHaveCount(0);
  await expect(factors.region).toContainText(factors.text.t('profile:factors.keyUnsupported'));
  await app.console.signOut();

  await app.signIn.signIn(bob.email, bob.password);
  await expect(app.verify.heading).toHaveText(app.verify.totpTitle);
  await expect(page.getByText(app.verify.text.t('key-sign-in:unsupported'))).toBeVisible();
  await expect(app.verify.useSecurityKey).toHaveCount(0);
  await expect(app.verify.code).toBeFocused();
  await expectNoA11yViolations(page, 'sign-in: browser without WebAuthn');
  await app.verify.enterCode(await keySteps.freshCode(bob.secret));
  await expect(app.console.heading).toContainText(bob.name);
});
