import type { Page } from '@playwright/test';
import { bob, expect, test } from './fixtures';
import { expectNoA11yViolations } from './support/axe';

async function signInBob(page: Page, code: string) {
  await page.getByLabel('Email').fill(bob.email);
  await page.getByLabel('Password').fill(bob.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Verification code').fill(code);
}

// Each code is taken a step later on the mock's clock, so none is a replay (SEC-7).
test('Bob adds a second authenticator app, signs in with either, then removes the first', async ({
  page,
  mock,
  consolePage,
}) => {
  test.slow();
  const at = (secret: string) => mock.codeNow(secret);
  await page.goto('/settings/profile');
  await signInBob(page, await at(bob.secret));
  const list = page.getByRole('region', { name: 'Second factors' });
  await list.getByRole('button', { name: 'Add authenticator app' }).click();

  // No sudo mode yet: password and a current code first.
  const dialog = page.getByRole('dialog', { name: 'Add an authenticator app' });
  await expect(dialog.getByLabel('Password')).toBeVisible();
  await expectNoA11yViolations(page, 'add app: confirm identity');
  await mock.advanceClock(30);
  await dialog.getByLabel('Password').fill(bob.password);
  await dialog.getByLabel('Verification code').fill(await at(bob.secret));
  await dialog.getByRole('button', { name: 'Continue' }).click();

  const manualKey = dialog.getByRole('group', { name: "Can't scan? Enter the key manually" });
  const key = ((await manualKey.getByRole('code').textContent()) ?? '').replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32}$/);
  expect(key).not.toBe(bob.secret);
  // As in the wizard, focus starts at the step's heading, not on Cancel.
  await expect(dialog.getByRole('heading', { name: 'Scan the QR code' })).toBeFocused();
  await expectNoA11yViolations(page, 'add app: scan and verify');
  // Six digits submit on their own, as in the wizard.
  await dialog.getByLabel('Verification code').fill(await at(key));

  const naming = page.getByRole('dialog', { name: 'Name your authenticator app' });
  await expect(naming.getByLabel('Name')).toHaveValue('Authenticator app 2');
  await expectNoA11yViolations(page, 'add app: naming');
  await naming.getByLabel('Name').fill('Tablet');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(naming).toBeHidden();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('Tablet');
  // Another factor's name is refused, in plain words (a default name is no one's: it has none).
  await list.getByRole('button', { name: 'Rename Authenticator app' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename second factor' });
  await rename.getByLabel('Name').fill('tablet');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(rename.getByText('You already use this name for another factor.')).toBeVisible();
  await rename.getByRole('button', { name: 'Cancel' }).click();
  await expect(rename).toBeHidden();

  // Either app signs in.
  await consolePage.signOut();
  await mock.advanceClock(30);
  await signInBob(page, await at(key));
  await expect(consolePage.heading).toContainText(bob.name);
  await consolePage.signOut();
  await mock.advanceClock(30);
  await signInBob(page, await at(bob.secret));
  await expect(consolePage.heading).toContainText(bob.name);

  // Removing one asks again (a new session is not in sudo mode), then the list has one left.
  await consolePage.openProfileSettings();
  await list.getByRole('button', { name: 'Remove Authenticator app' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove Authenticator app?' });
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove.getByLabel('Password')).toBeVisible();
  await mock.advanceClock(30);
  await remove.getByLabel('Password').fill(bob.password);
  await remove.getByLabel('Verification code').fill(await at(key));
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove).toBeHidden();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Tablet');
  await expect(list.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
});
