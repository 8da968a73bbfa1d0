import { wrongTotpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

// Codes are computed at the backend's time (`mock.now()`), which a test cannot fix when the
// backend is a server, so these journeys also run against the real-backend build.
test.describe('Bob (MFA on) signs in with his authenticator app', { tag: '@real-backend' }, () => {
  test('a pasted "123 456"-style code signs him in and returns him to the page he asked for', async ({
    page,
    mock,
    signInPage,
    verifyPage,
    profilePage,
  }) => {
    await profilePage.goto();
    await expect(signInPage.heading).toHaveText(signInPage.title);
    await expect(page).toHaveURL(/returnTo=%2Fsettings%2Fprofile/);

    await signInPage.signIn(bob.email, bob.password);
    await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
    await expect(page.getByText(/authenticator app/i).first()).toBeVisible();
    await expect(page.getByText(verifyPage.text.t('auth:verify.instructionsTotp'))).toBeVisible();
    await expectNoA11yViolations(page, 'MFA verification');

    const code = await mock.codeNow(bob.secret);
    await verifyPage.code.focus();
    await page.keyboard.insertText(`${code.slice(0, 3)} ${code.slice(3)}`);
    await expect(profilePage.heading).toHaveText(profilePage.title);
    await expect(profilePage.status).toHaveText(profilePage.enabledLabel);
  });

  test('a wrong code says so, keeps what he typed, and lets him try again', async ({
    page,
    mock,
    signInPage,
    verifyPage,
    consolePage,
  }) => {
    await signInPage.goto();
    await signInPage.signIn(bob.email, bob.password);
    const right = await mock.codeNow(bob.secret);
    const wrong = wrongTotpAt(bob.secret, await mock.now());
    await verifyPage.enterCode(wrong);
    await expect(verifyPage.alert).toContainText(/isn't right|incorrect|not valid|wrong/i);
    await expect(verifyPage.alert).toContainText(verifyPage.text.t('errors:invalid_code'));
    await expect(verifyPage.code).toHaveValue(wrong);
    await expectNoA11yViolations(page, 'MFA verification, wrong code');

    await verifyPage.code.fill(right);
    await expect(consolePage.heading).toContainText(bob.name);
  });

  test('the same code cannot be used twice', async ({
    page,
    mock,
    signInPage,
    verifyPage,
    consolePage,
  }) => {
    await signInPage.goto();
    const code = await mock.codeNow(bob.secret);
    await signInPage.signIn(bob.email, bob.password);
    await verifyPage.enterCode(code);
    await expect(consolePage.heading).toContainText(bob.name);
    await consolePage.signOut();

    await signInPage.signIn(bob.email, bob.password);
    await verifyPage.enterCode(code);
    await expect(verifyPage.alert).toContainText(/already/i);
    await expect(verifyPage.alert).toContainText(verifyPage.text.t('errors:code_already_used'));
    await expect(page).toHaveURL(/\/sign-in\/verify/);
  });
});
