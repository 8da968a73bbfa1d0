import { expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';
import { tabTo } from './support/keyboard';

// The warnings that ask for action: MFA off (console home and Profile settings) and recovery
// codes running low, each with its way out, by keyboard.
test('MFA off: the console home links by keyboard to "Enable MFA", already open', async ({
  page,
  mock,
  consolePage,
  profilePage,
}) => {
  await mock.scenario('console-mfa-off');
  await expect(consolePage.mfaOffBanner).toBeVisible();
  await expectNoA11yViolations(page, 'console home, MFA off');
  await tabTo(page, consolePage.enableMfa);
  await page.keyboard.press('Enter');
  await expect(profilePage.choiceDialog).toBeVisible();
  await expect(profilePage.chooseApp).toBeFocused();
  await expect(consolePage.heading).toHaveText(profilePage.title);
});

test('MFA off: Profile settings puts "Enable MFA" in the warning', async ({
  page,
  mock,
  profilePage,
}) => {
  await mock.scenario('profile-mfa-off');
  await expect(profilePage.mfaOffBanner).toBeVisible();
  await expect(profilePage.mfaOffBanner.getByRole('button')).toHaveText(
    profilePage.text.t('mfa:actions.enable'),
  );
  await expectNoA11yViolations(page, 'Profile settings, MFA off');
});

for (const left of [1, 2]) {
  test(`${left} recovery code(s) left: the warning's button regenerates them`, async ({
    page,
    mock,
    profilePage,
    regenerateDialog,
  }) => {
    await mock.scenario(left === 1 ? 'profile-one-recovery-code' : 'profile-two-recovery-codes');
    await expect(profilePage.recoveryCodesBanner(left)).toBeVisible();
    await expectNoA11yViolations(page, `Profile settings, ${left} recovery code(s) left`);
    await profilePage.regenerateFromBanner(left).click();
    await expect(regenerateDialog.dialog).toContainText(regenerateDialog.description);
  });
}

test('the list holds its place while it loads: busy, then the same height', async ({
  page,
  mock,
  factors,
  profilePage,
}) => {
  await mock.scenario('profile-mfa-on');
  await expect(profilePage.anyRecoveryCodesBanner).toHaveCount(0);
  // The next load of the list is slow: the placeholder stays long enough to be measured.
  await mock.setFaults({ latencyMs: 3000 });
  await page.reload();
  await expect(factors.region).toHaveAttribute('aria-busy', 'true');
  await expect(factors.region.getByRole('status')).toHaveText(
    factors.text.t('profile:factors.loading'),
  );
  const loading = await factors.region.boundingBox();
  await expect(factors.region).not.toHaveAttribute('aria-busy');
  await expect(factors.items).toHaveCount(1);
  const loaded = await factors.region.boundingBox();
  expect(loaded?.height).toBe(loading?.height);
});
