import type { Page } from '@playwright/test';
import { mockPaths } from '#src/api/mock-control';
import { alice, bob, expect, test as base } from './fixtures';
import { ReviewPanelPage } from './pages/review-panel-page';
import { SessionsSection } from './pages/sessions-section';
import { expectNoA11yViolations } from './support/axe';

const start = new Date('2026-11-29T10:00:05Z');

async function mockNow(page: Page): Promise<number> {
  const json = await page.evaluate(async (path) => (await fetch(path)).json(), mockPaths.status);
  return Date.parse((json as { now: string }).now);
}

/** Every journey here starts on the sign-in screen at `start`, with the panel ready. */
const test = base.extend<{ review: ReviewPanelPage }>({
  review: async ({ page }, use) => {
    const review = new ReviewPanelPage(page);
    await page.clock.setFixedTime(start);
    await page.goto('/sign-in');
    await review.ready();
    await use(review);
  },
});

test.describe('the review panel', () => {
  test('opens by its button and by Alt+Shift+D, works by keyboard, traps and restores focus', async ({
    page,
    review,
    signInPage,
  }) => {
    await signInPage.email.focus();
    await review.pressShortcut();
    await expect(review.dialog).toBeVisible();
    await expect(review.tab('Scenarios')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(review.tab('Authenticator')).toBeFocused();
    await expect(review.tab('Authenticator')).toHaveAttribute('aria-selected', 'true');
    await expect(review.dialog.getByText(/seconds? left/)).toBeVisible();

    // Tab and Shift+Tab cycle inside the panel; the page behind is inert.
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      expect(await review.holdsFocus(), `focus after ${presses + 1} Tab presses`).toBe(true);
    }
    for (let presses = 0; presses < 4; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await review.holdsFocus()).toBe(true);
    }

    await review.close();
    await expect(signInPage.email).toBeFocused();

    await review.pressShortcut();
    await expect(review.dialog).toBeVisible();
    await review.pressShortcut();
    await expect(review.dialog).toBeHidden();
    await expect(signInPage.email).toBeFocused();

    await review.openButton.focus();
    await page.keyboard.press('Enter');
    await expect(review.dialog).toBeVisible();
    await review.closeButton.focus();
    await page.keyboard.press('Enter');
    await expect(review.dialog).toBeHidden();
    await expect(review.openButton).toBeFocused();
  });

  test('fills in Alice in one click; her mailed code is in the mailbox', async ({
    page,
    review,
    mock,
    signInPage,
    verifyPage,
    consolePage,
  }) => {
    await expectNoA11yViolations(page, 'sign-in with the demo hint');

    await review.hintButton("Fill in Alice's account").click();
    await expect(signInPage.email).toHaveValue(alice.email);
    await expect(signInPage.password).toHaveValue(alice.password);
    await expect(signInPage.submit).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(verifyPage.heading).toHaveText('Email verification');

    await review.hintButton('Open the mailbox').click();
    await expect(review.tab('Mailbox')).toHaveAttribute('aria-selected', 'true');
    await expect(review.dialog.getByRole('listitem')).toHaveCount(1);
    const [code] = await review.mailboxCodes();
    expect(code).toBe(await mock.latestCode(alice.email));
    await review.close();

    await verifyPage.enterCode(code ?? '');
    await expect(consolePage.heading).toContainText(alice.name);
  });

  test("the virtual authenticator's code for Bob signs Bob in", async ({
    review,
    signInPage,
    verifyPage,
    consolePage,
  }) => {
    await review.hintButton("Fill in Bob's account").click();
    await signInPage.submit.click();
    await expect(verifyPage.heading).toHaveText('MFA verification');

    await review.hintButton('Open the virtual authenticator').click();
    await expect(review.dialog.getByText(/Demo aid/)).toBeVisible();
    const code = await review.authenticatorCode(bob.email);
    expect(code).toMatch(/^\d{6}$/);
    await review.close();
    await verifyPage.enterCode(code);
    await expect(consolePage.heading).toContainText(bob.name);
  });

  test('the clock moves the simulated time: a sign-in attempt expires', async ({
    page,
    review,
    signInPage,
    verifyPage,
  }) => {
    await signInPage.signIn(alice.email, alice.password);
    await expect(verifyPage.heading).toHaveText('Email verification');

    await review.open('Clock');
    await expect(review.dialog.getByText('Same as real time')).toBeVisible();
    await review.dialog.getByRole('button', { name: '+5 min' }).click();
    await review.dialog.getByLabel(/^Minutes/).fill('1');
    await review.dialog.getByRole('button', { name: 'Move by these minutes' }).click();
    await expect(review.dialog.getByText('6 minutes ahead of real time')).toBeVisible();
    expect(await mockNow(page)).toBe(start.getTime() + 6 * 60_000);

    await review.open('Mailbox');
    const [code] = await review.mailboxCodes();
    await review.close();
    await verifyPage.enterCode(code ?? '');
    // The dead form gives way to the expired attempt's next step.
    await expect(verifyPage.endedHeading('expired')).toHaveText('This sign-in attempt has expired');

    await review.open('Clock');
    await review.dialog.getByRole('button', { name: 'Back to real time' }).click();
    await expect(review.dialog.getByText('Same as real time')).toBeVisible();
    expect(await mockNow(page)).toBe(start.getTime());
  });

  test('network controls: offline fails every request until switched off; planned failures', async ({
    review,
    signInPage,
    verifyPage,
  }) => {
    await review.open('Network');
    await (await review.offline()).check();
    await review.expectFaults({ failNext: 0, latencyMs: 0, offline: true });
    await expect(review.dialog.getByText(/Now: .*offline\./)).toBeVisible();
    await review.close();

    await signInPage.signIn(alice.email, alice.password);
    await expect(signInPage.alert).toContainText(/couldn't reach zenConsole/);
    await signInPage.submit.click();
    await expect(signInPage.alert).toContainText(/couldn't reach zenConsole/);

    await review.open('Network');
    await (await review.offline()).uncheck();
    await review.dialog.getByLabel(/Failing requests/).fill('1');
    await review.dialog.getByRole('button', { name: 'Fail the next requests' }).click();
    await review.expectFaults({ failNext: 1, latencyMs: 0, offline: false });
    await expect(review.dialog.getByText(/Now: .*1 requests set to fail, online\./)).toBeVisible();
    await review.close();

    await signInPage.submit.click();
    await expect(signInPage.alert).toContainText(/couldn't reach zenConsole/);
    await signInPage.submit.click();
    await expect(verifyPage.heading).toHaveText('Email verification');
  });
});

// On a scenario's screen, so without the fixed clock the journeys above start with.
base(
  '"Add a signed-in phone" puts an iPhone in Bob\'s list of sessions',
  async ({ page, mock }) => {
    await mock.scenario('sessions-only-this-device');
    const review = new ReviewPanelPage(page);
    const sessions = new SessionsSection(page);
    await review.ready();
    await expect(sessions.items).toHaveCount(1);
    await review.open('Sessions');
    await review.dialog.getByRole('button', { name: 'Add a signed-in phone' }).click();
    await expect(review.dialog.getByRole('status')).toHaveText(
      'An iPhone at 198.51.100.24 (Osaka, Japan) is now signed in to bob@example.com. Reload Profile settings to see it.',
    );
    await review.close();
    await page.reload();
    await expect(sessions.items).toHaveCount(2);
    await expect(sessions.items.nth(1)).toContainText(sessions.deviceName('Safari', 'iOS'));
    await expect(sessions.items.nth(1)).toContainText('198.51.100.24 · Osaka, Japan');
  },
);
