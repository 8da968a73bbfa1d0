import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';
import { PASSKEY_DEFAULT_NAME } from './support/key-journeys';

test.use({ onLocalhost: true });

test('the same key cannot be added twice; a key is renamed, then removed @real-backend', async ({
  page,
  virtualKeys,
  keySteps,
  factors,
}) => {
  test.slow();
  await keySteps.signInAndAddPasskey(bob);
  await expect(factors.items).toHaveCount(2);

  // Still in sudo mode: no password asked. The browser knows this virtual key from the
  // options' excluded keys and refuses to make a second one.
  await factors.addKey.click();
  await expect(factors.addKeyDialog).toContainText(factors.text.t('profile:factors.addKeyIntro'));
  await factors.continue.click();
  await expect(factors.keyError('webauthn_already_registered')).toBeVisible();
  expect(await virtualKeys.credentials()).toHaveLength(1);
  await expectNoA11yViolations(page, 'add key: already registered');
  await factors.addKeyDialog
    .getByRole('button', { name: factors.text.t('profile:factors.cancel') })
    .click();
  await expect(factors.addKeyDialog).toBeHidden();
  await expect(factors.items).toHaveCount(2);

  await factors.renameButton(PASSKEY_DEFAULT_NAME).click();
  await factors.renameDialog
    .getByLabel(factors.text.t('profile:factors.nameLabel'), { exact: true })
    .fill('YubiKey 5C');
  await factors.renameDialog
    .getByRole('button', { name: factors.text.t('profile:factors.save') })
    .click();
  await expect(factors.toast('renamed', 'YubiKey 5C')).toBeVisible();
  await expect(factors.item('YubiKey 5C')).toContainText(factors.typeLabel('passkey'));

  // Removing it needs no password either while sudo mode lasts; the app stays.
  await factors.removeButton('YubiKey 5C').click();
  const remove = factors.removeDialog('YubiKey 5C');
  await remove
    .getByRole('button', { name: factors.text.t('profile:factors.removeConfirm') })
    .click();
  await expect(remove).toBeHidden();
  await expect(factors.toast('removed', 'YubiKey 5C')).toBeVisible();
  await expect(factors.items).toHaveCount(1);
  await expect(factors.items).toContainText(factors.typeLabel('totp'));
  await expect(factors.removeButtons).toHaveCount(0);
});
