import type { Page } from '@playwright/test';
import { alice, bob, expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { PasswordsPage } from './pages/passwords-page';
import { SignInPage } from './pages/sign-in-page';
import { VerifyPage } from './pages/verify-page';
import { expectNoA11yViolations } from './support/axe';
import { closeSecondDevice, openSecondDevice } from './support/second-device';

const newPassword = 'Velvet otter ledger 71';

/** A mailed link, opened as from the mail: a page load of its own, never a same-page hash change. */
async function openLink(page: Page, link: string) {
  await page.goto('/sign-in');
  await page.goto(link);
}

test.describe('Forgot password', { tag: '@real-backend' }, () => {
  test('Alice (MFA off) resets her password from the mailed link, then signs in with it', async ({
    page,
    mock,
    signInPage,
    passwordsPage,
    signInWithMailedCode,
    consolePage,
  }) => {
    await signInPage.goto();
    await signInPage.email.fill(alice.email);
    await passwordsPage.forgotLink.click();
    await expect(passwordsPage.email).toHaveValue(alice.email);
    await expectNoA11yViolations(page, 'forgot password');
    await passwordsPage.sendLink.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.sentTitle);
    await expectNoA11yViolations(page, 'reset link sent');

    await openLink(page, PasswordsPage.resetLink(await mock.mailbox(), alice.email));
    await expect(passwordsPage.newPassword).toBeVisible();
    // The token leaves the address bar as soon as the screen has it.
    await expect(page).not.toHaveURL(/token/);
    await expectNoA11yViolations(page, 'reset password');
    await passwordsPage.chooseNewPassword(newPassword);
    await passwordsPage.setPassword.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.doneTitle);
    await expectNoA11yViolations(page, 'password reset');

    // Never signed in by the reset: the new password, then the mailed code.
    await passwordsPage.signIn.click();
    await signInWithMailedCode({ email: alice.email, password: newPassword });
    await expect(consolePage.heading).toContainText(alice.name);
  });

  test('Bob (MFA on) resets his password and is still asked for his second factor', async ({
    page,
    mock,
    signInPage,
    verifyPage,
    passwordsPage,
    consolePage,
  }) => {
    await page.goto('/forgot-password');
    await passwordsPage.email.fill(bob.email);
    await passwordsPage.sendLink.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.sentTitle);
    await openLink(page, PasswordsPage.resetLink(await mock.mailbox(), bob.email));
    await passwordsPage.chooseNewPassword(newPassword);
    await passwordsPage.setPassword.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.doneTitle);

    await passwordsPage.signIn.click();
    await signInPage.signIn(bob.email, newPassword);
    await expect(verifyPage.heading).toHaveText(verifyPage.totpTitle);
    await verifyPage.enterCode(await mock.codeNow(bob.secret));
    await expect(consolePage.heading).toContainText(bob.name);
  });

  test('a link older than 30 minutes, or used once, is refused with a way to ask again', async ({
    page,
    mock,
    passwordsPage,
  }) => {
    await page.goto('/forgot-password');
    await passwordsPage.email.fill(alice.email);
    await passwordsPage.sendLink.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.sentTitle);
    const first = PasswordsPage.resetLink(await mock.mailbox(), alice.email);
    await passwordsPage.sendAgain.click();
    await expect
      .poll(async () => PasswordsPage.resetLink(await mock.mailbox(), alice.email))
      .not.toBe(first);

    // The newest link works once; the older one, replaced, never again.
    const newest = PasswordsPage.resetLink(await mock.mailbox(), alice.email);
    await openLink(page, first);
    await expect(passwordsPage.heading).toHaveText(passwordsPage.invalidTitle);
    await openLink(page, newest);
    await passwordsPage.chooseNewPassword(newPassword);
    await passwordsPage.setPassword.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.doneTitle);
    await openLink(page, newest);
    await expect(passwordsPage.heading).toHaveText(passwordsPage.invalidTitle);

    // A fresh link, left for 31 minutes.
    await passwordsPage.requestNew.click();
    await passwordsPage.email.fill(alice.email);
    await passwordsPage.sendLink.click();
    await expect(passwordsPage.heading).toHaveText(passwordsPage.sentTitle);
    const link = PasswordsPage.resetLink(await mock.mailbox(), alice.email);
    await mock.advanceClock(31 * 60);
    await openLink(page, link);
    await expect(passwordsPage.heading).toHaveText(passwordsPage.invalidTitle);
    await expectNoA11yViolations(page, 'reset link expired');
    await passwordsPage.requestNew.click();
    await expect(passwordsPage.sendLink).toBeVisible();
  });
});

test('Alice changes her password in Profile settings and signs in with the new one @real-backend', async ({
  page,
  signInPage,
  signInWithMailedCode,
  profilePage,
  consolePage,
  passwordsPage,
}) => {
  await profilePage.goto();
  await signInWithMailedCode(alice);
  await passwordsPage.openChange.click();
  await expect(passwordsPage.signOutOthers).toBeChecked();
  await expectNoA11yViolations(page, 'change password dialog');
  await passwordsPage.currentPassword.fill('not my password');
  await passwordsPage.chooseNewPassword(newPassword);
  await passwordsPage.submitChange.click();
  await expect(passwordsPage.currentPassword).toBeFocused();
  await expect(passwordsPage.currentPassword).toHaveValue('');
  await passwordsPage.currentPassword.fill(alice.password);
  await passwordsPage.submitChange.click();
  await expect(passwordsPage.changedToast).toBeVisible();
  await expect(passwordsPage.dialog).toBeHidden();

  await consolePage.signOut();
  await signInPage.signIn(alice.email, alice.password);
  await expect(signInPage.alert).toBeVisible();
  await signInWithMailedCode({ email: alice.email, password: newPassword });
  await expect(profilePage.heading).toBeVisible();
});

// Two browser contexts share a backend only when it is a server: the real-backend project.
test('changing the password signs out the other sessions: a second browser is back at sign-in @real-backend @shared-backend', async ({
  browser,
  context,
  baseURL,
  locale,
  page,
  lang,
  mock,
  signInWithMailedCode,
  profilePage,
  passwordsPage,
}) => {
  // The main page opens first: the `mock` fixture speaks through it.
  await profilePage.goto();
  const other = await openSecondDevice(browser, context, { baseURL, locale });
  const otherPage = other.page;
  const otherSignIn = new SignInPage(otherPage, lang);
  await otherSignIn.signInAs(alice);
  // The code is mailed when the password step answers: read it once its screen shows (read at
  // once, the mailbox was still empty on a loaded machine).
  const otherVerify = new VerifyPage(otherPage, lang);
  await expect(otherVerify.heading).toHaveText(otherVerify.emailTitle);
  await otherVerify.enterCode(await mock.latestCode(alice.email));
  // Signed in once the console shows: leaving the page sooner can cancel the code's request.
  await expect(new ConsolePage(otherPage, lang).heading).toContainText(alice.name);
  await otherPage.goto('/settings/profile');
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(profilePage.title);

  await signInWithMailedCode(alice);
  await passwordsPage.openChange.click();
  await passwordsPage.currentPassword.fill(alice.password);
  await passwordsPage.chooseNewPassword(newPassword);
  await passwordsPage.submitChange.click();
  await expect(passwordsPage.changedToast).toBeVisible();

  await otherPage.reload();
  await expect(otherSignIn.heading).toHaveText(otherSignIn.title);
  await page.reload();
  await expect(profilePage.heading).toHaveText(profilePage.title);
  await closeSecondDevice(other);
});

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`a common password is refused (${locale})`, () => {
    test.use({ locale });
    test('in words while typing, and by the server on submit', async ({
      page,
      mock,
      text,
      passwordsPage,
    }) => {
      await mock.scenario('reset-password');
      await passwordsPage.newPassword.fill('password123');
      await expect(passwordsPage.feedback).toContainText(text.t('passwords:password_common'));
      await expect(passwordsPage.feedback).toContainText(
        text.t('passwords:feedback.warnings.common'),
      );
      await passwordsPage.setPassword.click();
      await expect(passwordsPage.newPasswordError).toHaveText(text.t('passwords:password_common'));
      await expect(passwordsPage.newPassword).toBeFocused();
      if (locale === 'zh-CN')
        await expect(passwordsPage.newPasswordError).toHaveText(
          '此密码太常见或太容易被猜到。请试试几个互不相关的词。',
        );
      await expectNoA11yViolations(page, `refused password ${locale}`);
    });
  });
}
