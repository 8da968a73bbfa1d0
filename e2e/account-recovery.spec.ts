import { bob, expect, test } from './fixtures';
import { AccountRecoveryPage } from './pages/account-recovery-page';
import { ConsolePage } from './pages/console-page';
import { SignInPage } from './pages/sign-in-page';
import { VerifyPage } from './pages/verify-page';
import { expectNoA11yViolations } from './support/axe';

const PERIOD_SECONDS = 72 * 3600;

test.describe('Bob lost his phone and his recovery codes', () => {
  test('asks for account recovery, cancels it from a signed-in page, asks again and gets in after the period', async ({
    page,
    context,
    mock,
    app,
    lang,
  }) => {
    // A long journey: three sign-ins and two pages (axe checks each state below, by scenario).
    test.slow();
    const recovery = new AccountRecoveryPage(page, lang);
    const mailedCode = () => mock.latestCode(bob.email);

    // The challenge explains recovery codes and, for none left, account recovery.
    await app.signIn.signInAs(bob);
    await expect(app.verify.heading).toHaveText(app.verify.totpTitle);
    await recovery.lostAccess.click();
    await expect(recovery.heading).toHaveText(recovery.helpTitle);
    await expect(recovery.heading).toBeFocused();

    // "Use a recovery code" leads to the form that exists.
    await recovery.useRecoveryCode.click();
    await expect(app.verify.recoveryCode).toBeFocused();
    await recovery.lostAccess.click();

    await recovery.request.click();
    await expect(recovery.heading).toHaveText(recovery.codeTitle);
    await expect(recovery.code).toBeFocused();
    await expect(page.getByText('b•••@example.com')).toBeVisible();
    await recovery.code.fill(await mailedCode());
    await expect(recovery.heading).toHaveText(recovery.pendingTitle);
    await expectNoA11yViolations(page, 'recovery requested');
    const [started] = await mock.mailbox();
    expect(started?.subject).toMatch(/Account recovery was requested/);

    // Bob finds an old laptop still able to sign in (a second page of this browser, which
    // shares the simulated backend): the console says a recovery is pending.
    const laptop = await context.newPage();
    const laptopRecovery = new AccountRecoveryPage(laptop, lang);
    const laptopVerify = new VerifyPage(laptop, lang);
    await new SignInPage(laptop, lang).signInAs(bob);
    await expect(laptopVerify.heading).toHaveText(laptopVerify.totpTitle);
    await laptopVerify.enterCode(await mock.codeNow(bob.secret));
    await expect(laptopRecovery.pendingBanner).toBeVisible();
    await laptopRecovery.notMe.click();
    await expect(laptopRecovery.cancelledNotMe).toBeFocused();
    await expect(laptopRecovery.pendingBanner).toBeHidden();
    expect((await mock.mailbox())[0]?.subject).toMatch(/Account recovery was cancelled/);
    await new ConsolePage(laptop, lang).signOut();
    const laptopSignIn = new SignInPage(laptop, lang);
    await expect(laptopSignIn.heading).toHaveText(laptopSignIn.title);
    await laptop.close();

    // Asked again, and this time nobody cancels: the period passes (the mock's clock jumps).
    await app.signIn.signInAs(bob);
    await expect(app.verify.heading).toHaveText(app.verify.totpTitle);
    await recovery.requestWith(mailedCode);
    await mock.setClockOffset(PERIOD_SECONDS + 60);

    // MFA is off: the password and an emailed code, then the notice to set MFA up again.
    await app.signIn.signInAs(bob);
    await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
    expect((await mock.mailbox())[1]?.subject).toMatch(/turned off two-factor authentication/);
    await app.verify.enterCode(await mailedCode());
    await expect(recovery.completedBanner).toBeVisible();
    await expect(app.console.mfaOffBanner).toBeHidden();
    await recovery.enableMfa.click();
    await expect(page).toHaveURL(/\/settings\/profile\?dialog=enable-mfa/);
  });
});

test.describe('each new state passes axe', () => {
  for (const name of [
    'lost-access-help',
    'recovery-code-sent',
    'recovery-pending-banner',
    'recovery-cancelled',
    'recovery-completed',
  ] as const) {
    test(name, async ({ page, mock }) => {
      await mock.scenario(name);
      await expectNoA11yViolations(page, name);
    });
  }
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the help and the pending banner read in Chinese', async ({ page, mock, lang }) => {
    test.slow();
    const recovery = new AccountRecoveryPage(page, lang);
    await mock.scenario('lost-access-help');
    await expect(recovery.heading).toHaveText('无法使用验证方式？');
    await expect(recovery.request).toHaveText('申请账户恢复');
    await expectNoA11yViolations(page, 'lost access help, zh-CN');

    await mock.scenario('recovery-pending-banner');
    await expect(recovery.pendingBanner).toContainText('已申请账户恢复');
    await expect(recovery.notMe).toHaveText('不是我本人');
    await expectNoA11yViolations(page, 'recovery pending banner, zh-CN');
  });
});
