import { wrongTotpAt } from '#mocks/testing/codes';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

// Codes are computed at the backend's time (`mock.now()`), which a test cannot fix when the
// backend is a server, so these journeys also run against the real-backend build.
test.describe('Bob (MFA on) signs in with his authenticator app', { tag: '@real-backend' }, () => {
  test('a pasted "123 456"-style code signs him in and returns him to the page he asked for', async ({
    page,
    mock,
    app,
  }) => {
    await app.profile.goto();
    await expect(app.signIn.heading).toHaveText(app.signIn.title);
    await expect(page).toHaveURL(/returnTo=%2Fsettings%2Fprofile/);

    await app.signIn.signIn(bob.email, bob.password);
    await expect(app.verify.heading).toHaveText(app.verify.totpTitle);
    await expect(page.getByText(/authenticator app/i).first()).toBeVisible();
    await expect(page.getByText(app.verify.text.t('verify:instructionsTotp'))).toBeVisible();
    await expectNoA11yViolations(page, 'MFA verification');

    const code = await mock.codeNow(bob.secret);
    await app.verify.code.focus();
    await page.keyboard.insertText(`${code.slice(0, 3)} ${code.slice(3)}`);
    await expect(app.profile.heading).toHaveText(app.profile.title);
    await expect(app.profile.status).toHaveText(app.profile.enabledLabel);
  });

  test('a wrong code says so, keeps what he typed, and lets him try again', async ({
    page,
    mock,
    app,
  }) => {
    await app.signIn.signInAs(bob);
    const right = await mock.codeNow(bob.secret);
    const wrong = wrongTotpAt(bob.secret, await mock.now());
    await app.verify.enterCode(wrong);
    await expect(app.verify.alert).toContainText(/isn't right|incorrect|not valid|wrong/i);
    await expect(app.verify.alert).toContainText(app.verify.text.t('errors:invalid_code'));
    await expect(app.verify.code).toHaveValue(wrong);
    await expectNoA11yViolations(page, 'MFA verification, wrong code');

    await app.verify.code.fill(right);
    await expect(app.console.heading).toContainText(bob.name);
  });

  test('the same code cannot be used twice', async ({ page, mock, app }) => {
    await app.signIn.goto();
    const code = await mock.codeNow(bob.secret);
    await app.signIn.signIn(bob.email, bob.password);
    await app.verify.enterCode(code);
    await expect(app.console.heading).toContainText(bob.name);
    await app.console.signOut();

    await app.signIn.signIn(bob.email, bob.password);
    await app.verify.enterCode(code);
    await expect(app.verify.alert).toContainText(/already/i);
    await expect(app.verify.alert).toContainText(app.verify.text.t('errors:code_already_used'));
    await expect(page).toHaveURL(/\/sign-in\/verify/);
  });
});
