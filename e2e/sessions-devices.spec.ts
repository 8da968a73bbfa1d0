import type { Page } from '@playwright/test';
import { bob, expect, test as base } from './fixtures';
import { ConsolePage } from './pages/console-page';
import type { Language } from './pages/messages';
import { SessionsSection } from './pages/sessions-section';
import { SignInPage } from './pages/sign-in-page';
import { VerifyPage } from './pages/verify-page';
import { expectNoA11yViolations } from './support/axe';
import { closeSecondDevice, openSecondDevice, type SecondDevice } from './support/second-device';

// Two devices of Bob's share a backend only over HTTP (in the demo each page runs its own), so
// these journeys run on the real-backend project, each in a world of its own that the "phone"
// context joins. The test's own context is the desktop (Chrome on Windows).
const test = base.extend<{ openPhone: () => Promise<SecondDevice> }>({
  openPhone: async ({ browser, context, baseURL, locale }, use) => {
    const opened: SecondDevice[] = [];
    await use(async () => {
      const device = await openSecondDevice(browser, context, { baseURL, locale });
      opened.push(device);
      return device;
    });
    for (const device of opened) await closeSecondDevice(device);
  },
});

/** Password, then a code the backend has not seen yet (SEC-7), from `path`'s sign-in redirect. */
async function signInBob(page: Page, lang: Language, code: () => Promise<string>, path = '/') {
  const signIn = new SignInPage(page, lang);
  const verify = new VerifyPage(page, lang);
  await page.goto(path);
  await signIn.signIn(bob.email, bob.password);
  await expect(verify.heading).toHaveText(verify.totpTitle);
  await verify.enterCode(await code());
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(new ConsolePage(page, lang).accountMenuButton).toBeVisible();
}

/** The sign-out confirmation outside sudo mode: confirm, then password and a fresh code. */
async function confirmWithReauth(sessions: SessionsSection, code: () => Promise<string>) {
  await sessions.confirmButton.click();
  const reauth = sessions.reauth();
  await reauth.password.fill(bob.password);
  await reauth.code.fill(await code());
  await sessions.confirmButton.click();
  await expect(sessions.dialog).toBeHidden();
}

/**
 * What the browser tells a tab that comes back into view (`visibilitychange`, which bubbles to
 * the window where the app listens); a headless page never leaves view by itself.
 */
async function comeBackIntoView(page: Page) {
  await page.evaluate(() =>
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
  );
}

/** What the phone sees once its session was ended from the desktop. */
async function expectSignedOutElsewhere(page: Page, lang: Language, label: string) {
  const signIn = new SignInPage(page, lang);
  await expect(signIn.heading).toHaveText(signIn.title);
  await expect(page.getByText(signIn.text.t('profile:sessions.signedOutElsewhere'))).toBeVisible();
  await expectNoA11yViolations(page, label);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`Bob on a phone and a desktop (${locale})`, { tag: '@real-backend' }, () => {
    test.use({ locale });
    // Two browsers, two sign-ins and several axe scans in one journey: on a loaded machine that
    // is more than one browser's worth of the config's 60 s budget. Each wait keeps its timeout.
    test.describe.configure({ timeout: 180_000 });

    // Two browser contexts share a backend only over HTTP: never in the demo project.
    test(
      'the desktop lists both, ends the phone, and the log shows it all',
      { tag: '@shared-backend' },
      async ({ page, lang, keySteps, consolePage, openPhone }) => {
        const code = () => keySteps.freshCode(bob.secret);
        const sessions = new SessionsSection(page, lang);
        await signInBob(page, lang, code);
        const phone = await openPhone();
        await signInBob(phone.page, lang, code, '/settings/profile');

        await consolePage.openProfileSettings();
        const phoneName = sessions.deviceName('Chrome', 'Android');
        await expect(sessions.items).toHaveCount(2);
        await expect(sessions.items.first()).toContainText(
          sessions.deviceName('Chrome', 'Windows'),
        );
        await expect(sessions.items.first()).toContainText(
          sessions.text.t('profile:sessions.thisDevice'),
        );
        await expect(sessions.items.first().locator('svg.lucide-monitor')).toBeVisible();
        await expect(sessions.item(phoneName).locator('svg.lucide-smartphone')).toBeVisible();
        if (lang === 'zh-CN') await expect(sessions.region).toContainText('Android 上的 Chrome');
        await expectNoA11yViolations(page, `both sessions on the desktop (${locale})`);

        await sessions.signOutButton(phoneName).click();
        await expect(sessions.dialog).toHaveAccessibleName(
          sessions.text.t('profile:sessions.signOutTitle', { name: phoneName }),
        );
        await expectNoA11yViolations(page, `sign out the phone? (${locale})`);
        await confirmWithReauth(sessions, code);
        await expect(sessions.signedOutToast({ name: phoneName })).toBeVisible();
        await expect(sessions.items).toHaveCount(1);
        await expect(sessions.emptyState).toBeVisible();

        if (lang === 'en') {
          // The phone's window gains focus (no change of visibility): it asks the server before
          // anything is clicked.
          await phone.page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
        } else {
          // Its next click needs the server, which refuses the ended session.
          await phone.page
            .getByRole('link', { name: sessions.text.t('profile:activity.link') })
            .click();
        }
        await expectSignedOutElsewhere(phone.page, lang, `phone signed out elsewhere (${locale})`);
        if (lang === 'zh-CN')
          await expect(phone.page.getByText(/您已在其他设备上被退出登录/)).toBeVisible();

        await page.getByRole('link', { name: sessions.text.t('profile:activity.link') }).click();
        const entries = page.locator('.activity-list:not([aria-hidden]) > li');
        const signIns = entries.and(page.locator('[data-kind="signed_in"]'));
        await expect(signIns).toHaveCount(2);
        const activityDevice = (os: string) =>
          sessions.text.t('profile:activity.device', { browser: 'Chrome', os });
        await expect(signIns.nth(0)).toContainText(activityDevice('Android'));
        await expect(signIns.nth(0)).toContainText(sessions.text.t('profile:activity.newDevice'));
        await expect(signIns.nth(1)).toContainText(activityDevice('Windows'));
        await expect(entries.first()).toHaveAttribute('data-kind', 'session_signed_out');
        await expect(entries.first()).toContainText(activityDevice('Windows'));
        await expectNoA11yViolations(page, `the desktop's security activity (${locale})`);
      },
    );

    test(
      'the new device\'s mail, then "This wasn\'t me" signs the phone out',
      { tag: '@shared-backend' },
      async ({ page, lang, mock, keySteps, openPhone }) => {
        const code = () => keySteps.freshCode(bob.secret);
        const sessions = new SessionsSection(page, lang);
        const words = (key: string) => sessions.text.t(`profile:${key}`);
        await signInBob(page, lang, code);
        const phone = await openPhone();
        await signInBob(phone.page, lang, code);

        // The account's first sign-in has nothing to compare with; the phone's is new.
        const notices = (await mock.mailbox()).filter((mail) => /New sign-in/.test(mail.subject));
        expect(notices).toHaveLength(1);
        const [notice] = notices;
        expect(notice?.to).toBe(bob.email);
        expect(notice?.subject).toContain('New sign-in from Chrome on Android');
        expect(notice?.body).toMatch(
          /Device: Chrome on Android\. Address: [^ ]+\. Location: [^.]+\./,
        );
        expect(notice?.body).toContain("This wasn't me");
        // SEC-19: a tripwire, not a credential: no code, no session id.
        expect(notice?.code).toBeUndefined();
        expect(notice?.body).not.toMatch(/\b\d{6}\b|sess_/);

        await page.goto('/settings/activity');
        const newSignIn = page
          .locator('.activity-list:not([aria-hidden]) > li[data-kind="signed_in"]')
          .filter({ hasText: words('activity.newDevice') });
        await expect(newSignIn).toHaveCount(1);
        await expect(newSignIn).toContainText(
          sessions.text.t('profile:activity.device', { browser: 'Chrome', os: 'Android' }),
        );
        await newSignIn.getByRole('link', { name: words('activity.notMe') }).click();

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          words('secureAccount.heading'),
        );
        if (lang === 'zh-CN')
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('保护您的账户');
        await expect(page.getByRole('main').getByRole('listitem')).toHaveText([
          words('factors.type.totp'),
        ]);
        await expectNoA11yViolations(page, `secure your account (${locale})`);
        await page.getByRole('button', { name: words('sessions.signOutOthers') }).click();
        await confirmWithReauth(sessions, code);
        await expect(sessions.signedOutToast({ count: 1 })).toBeVisible();
        await expectNoA11yViolations(page, `secure your account, others signed out (${locale})`);

        await page.getByRole('link', { name: words('secureAccount.review') }).click();
        await expect(
          page.getByRole('region', { name: words('factors.title') }).getByRole('listitem'),
        ).toHaveCount(1);

        await comeBackIntoView(phone.page);
        await expectSignedOutElsewhere(
          phone.page,
          lang,
          `phone after "This wasn't me" (${locale})`,
        );
      },
    );

    test('signing out in one tab signs out the other without a reload', async ({
      page,
      context,
      lang,
      keySteps,
      consolePage,
    }) => {
      await signInBob(page, lang, () => keySteps.freshCode(bob.secret));
      const other = await context.newPage();
      await other.goto('/settings/profile');
      const signIn = new SignInPage(other, lang);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText(
        signIn.text.t('profile:heading'),
      );
      // A mark a reload would wipe: the tab must learn of the sign-out as it stands.
      await other.evaluate(() => Object.assign(window, { notReloaded: true }));

      await consolePage.signOut();
      await expect(consolePage.heading).toHaveText(signIn.title);
      await expect(signIn.heading).toHaveText(signIn.title);
      await expect(other.getByText(signIn.text.t('auth:signIn.signedOut'))).toBeVisible();
      expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);
      await expectNoA11yViolations(other, `the other tab, signed out (${locale})`);
    });
  });
}
