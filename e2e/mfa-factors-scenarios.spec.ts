import type { ScenarioName } from '#mocks/scenarios/catalog';
import { expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

// Each second-factor state opens from its link, genuinely built, and passes axe in both
// languages (the dialogs, the list with its buttons, the naming step).
const names: ScenarioName[] = [
  'profile-factors',
  'factor-add-reauth',
  'factor-add-scan',
  'factor-naming',
  'profile-keys',
  'key-challenge',
  'key-only-challenge',
];

for (const lang of ['en', 'zh-CN'] as const) {
  for (const name of names) {
    test(`scenario ${name} (${lang}) opens ready and accessible`, async ({ page, mock }) => {
      // The fixture's wait: as long as a loaded machine needs, and a failed scenario says why.
      await mock.scenario(name, { lang });
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-scenario-state', 'ready');
      await expect(html).toHaveAttribute('lang', lang);
      if (lang === 'zh-CN') {
        // Nothing of the feature's own text is left in English.
        await expect(page.locator('#main')).not.toContainText(
          /Second factors|Add authenticator|security key|Synced|This device only/,
        );
      }
      await expectNoA11yViolations(page, `${name} (${lang})`);
    });
  }
}

test('the naming step is prefilled with the next free default name', async ({ page, mock }) => {
  await mock.scenario('factor-naming', { lang: 'en' });
  await expect(page.getByRole('dialog').getByLabel('Name')).toHaveValue('Authenticator app 2');
});

test('the list says which keys are synced; the challenge offers the key used last first', async ({
  mock,
  factors,
  verifyPage,
}) => {
  await mock.scenario('profile-keys', { lang: 'en' });
  await expect(factors.item('iCloud Keychain')).toContainText(factors.typeLabel('passkey'));
  await expect(factors.item('iCloud Keychain')).toContainText(
    factors.text.t('profile:factors.synced'),
  );
  await expect(factors.item('YubiKey 5C')).toContainText(factors.typeLabel('security_key'));
  await expect(factors.item('YubiKey 5C')).toContainText(factors.deviceOnlyLabel);

  await mock.scenario('key-challenge', { lang: 'en' });
  await expect(verifyPage.offers).toHaveText([
    verifyPage.text.t('key-sign-in:useKey'),
    verifyPage.text.t('verify:submit'),
  ]);

  await mock.scenario('key-only-challenge', { lang: 'en' });
  await expect(verifyPage.useSecurityKey).toBeVisible();
  await expect(verifyPage.code).toHaveCount(0);
  await expect(verifyPage.useRecoveryCode).toBeVisible();
});
