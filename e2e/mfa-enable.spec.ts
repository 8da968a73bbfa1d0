import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { totpAt, wrongTotpAt } from '#mocks/testing/codes';
import { alice, expect, test } from './fixtures';
import { decodeQr } from './pages/mfa-wizard-page';
import { expectNoA11yViolations } from './support/axe';

/** 5 s into a 30-s step (for the tests that do not compute codes). */
const start = new Date('2026-11-29T10:00:05Z');
const RECOVERY_CODE = /^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/;

/** What the QR code encodes, compared part by part, then as the exact Key Uri Format string. */
function expectOtpauthUri(uri: string, key: string): void {
  const url = new URL(uri);
  expect(url.protocol).toBe('otpauth:');
  expect(url.host).toBe('totp');
  expect(decodeURIComponent(url.pathname)).toBe(`/zenConsole:${alice.email}`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    secret: key,
    issuer: 'zenConsole',
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  expect(uri).toBe(
    `otpauth://totp/zenConsole:alice%40example.com?secret=${key}&issuer=zenConsole&algorithm=SHA1&digits=6&period=30`,
  );
}

/** Everything the client keeps where it could outlive the page: storage (bar the mock's own "server" data) and the URL. */
function clientTraces(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Object.keys(storage)
        .filter((key) => !key.startsWith('zen-console-mock:'))
        .map((key) => `${key}=${storage.getItem(key)}`)
        .join('\n');
    return [dump(localStorage), dump(sessionStorage), location.href].join('\n');
  });
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  // Codes are computed at the backend's time, so the English run also goes over HTTP.
  const tag = locale === 'en-US' ? ['@real-backend'] : [];
  test.describe(`Alice turns on MFA (${locale})`, { tag }, () => {
    test.use({ locale });

    test('scans the QR code, survives a wrong code and a reload with the same key, and keeps her recovery codes', async ({
      page,
      mock,
      app,
      signInWithMailedCode,
      wizard,
      text,
    }) => {
      const logged: string[] = [];
      page.on('console', (message) => logged.push(message.text()));
      const codeAt = async (key: string, aheadMs = 0) =>
        totpAt(key, (await mock.now()).getTime() + aheadMs);

      await app.signIn.goto();
      await signInWithMailedCode(alice);
      await expect(app.console.heading).toContainText(alice.name);
      await app.console.openProfileSettings();
      await expect(app.profile.status).toHaveText(app.profile.disabledLabel);

      // Step 1: what MFA is and which apps work.
      await app.profile.enableWithApp();
      await expect(wizard.stepHeading(1)).toBeFocused();
      for (const app of wizard.appNames)
        await expect(wizard.dialog.getByText(app, { exact: true })).toBeVisible();
      await expect(page).toHaveURL(/[?&]dialog=enable-mfa/);

      // Step 2: the key shown and the QR code encode the same secret.
      const key = await wizard.openKey();
      await expect(wizard.stepHeading(2)).toBeFocused();
      expect(key).toMatch(/^[A-Z2-7]{32}$/);
      await expect(page).toHaveURL(/step=2/);
      await expect(wizard.manualKey).toContainText(alice.email);
      await expect(wizard.manualKey).toContainText(text.t('mfa:wizard.scan.typeValue'));
      await expect(wizard.manualKey).toContainText('SHA1');
      expectOtpauthUri(await decodeQr(wizard.qrCode(alice.email)), key);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await wizard.copyKey.click();
      await expect(wizard.manualKey.getByRole('status')).toHaveText(
        text.t('mfa:wizard.scan.copied'),
      );
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

      // Step 3: a wrong code is refused; nothing else changes.
      await wizard.next.click();
      await expect(wizard.stepHeading(3)).toBeFocused();
      const right = await codeAt(key);
      const wrong = wrongTotpAt(key, await mock.now());
      await wizard.code.fill(wrong);
      await expect(wizard.alert).toContainText(text.t('errors:invalid_code'));
      await expect(wizard.code).toHaveValue(wrong);
      // A code from a phone whose clock runs 4 minutes fast gets a hint, not just "wrong".
      await wizard.code.fill(await codeAt(key, 4 * 60_000));
      await expect(wizard.alert).toContainText(text.t('errors:clock_skew_ahead', { minutes: 4 }));
      await wizard.code.fill(wrong);
      await wizard.verifyAndEnable.click();
      await expect(wizard.alert).toContainText(text.t('errors:invalid_code'));

      // A reload reopens the wizard at the same step, with the same key.
      await page.reload();
      await expect(wizard.stepHeading(3)).toBeVisible();
      await wizard.back.click();
      await expect(wizard.stepHeading(2)).toBeFocused();
      await expect(wizard.manualKey.getByRole('code')).toHaveText(
        key.replace(/(.{4})(?!$)/g, '$1 '),
      );
      expectOtpauthUri(await decodeQr(wizard.qrCode(alice.email)), key);
      await wizard.next.click();

      // Six digits submit by themselves.
      await wizard.code.fill(right);
      await expect(wizard.savedCodesHeading).toBeFocused();
      const codes = await wizard.recoveryCodes();
      expect(codes).toHaveLength(10);
      for (const code of codes) expect(code).toMatch(RECOVERY_CODE);
      await expect(wizard.dialog).not.toContainText(key.slice(0, 4) + ' ' + key.slice(4, 8));

      // Printing shows the codes and nothing else.
      await page.emulateMedia({ media: 'print' });
      await expect(
        page.getByRole('list', { name: text.t('mfa:recoveryCodes.listLabel'), exact: true }),
      ).toBeVisible();
      await expect(wizard.dialog).toBeHidden();
      await expect(app.console.heading).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      await expect(wizard.done).toBeVisible();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        wizard.download.click(),
      ]);
      expect(download.suggestedFilename()).toBe('zenConsole-recovery-codes.txt');
      const file = await readFile(await download.path(), 'utf8');
      for (const code of codes) expect(file).toContain(code);
      expect(file).toContain(alice.email);

      // The codes cannot be closed away unsaved: Done is disabled, saying why, and Escape points
      // at the checkbox.
      await expect(wizard.done).toBeDisabled();
      await expect(wizard.dialog).toContainText(wizard.doneHint);
      await page.keyboard.press('Escape');
      await expect(wizard.alert).toContainText(wizard.savedRequiredMessage);
      await expect(wizard.savedCheckbox).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(wizard.recoveryCodeList).toBeVisible();
      await wizard.finish();
      await expect(wizard.dialog).toBeHidden();

      await expect(app.profile.status).toHaveText(app.profile.enabledLabel);
      await expect(app.profile.recoveryCodesRemaining(10)).toBeVisible();
      await expect(page).not.toHaveURL(/dialog=/);

      // Nothing on the client keeps the secret, and nothing secret was logged.
      expect(await clientTraces(page)).not.toContain(key);
      const secrets = [key, right, alice.password, ...codes];
      expect(logged.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([]);
    });
  });
}

test.describe('Cancelling the setup', () => {
  test('Cancel drops the pending key; the next setup gets a new one', async ({
    page,
    app,
    signInWithMailedCode,
    wizard,
  }) => {
    await page.clock.setFixedTime(start);
    await app.signIn.goto();
    await signInWithMailedCode(alice);
    await app.console.openProfileSettings();

    await app.profile.enableWithApp();
    const first = await wizard.openKey();
    await wizard.cancel.click();
    await expect(wizard.dialog).toBeHidden();
    await expect(page).not.toHaveURL(/dialog=/);
    await expect(app.profile.enableMfa).toBeFocused();

    await app.profile.enableWithApp();
    const second = await wizard.openKey();
    expect(second).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect(wizard.dialog).toBeHidden();
  });
});

test.describe('On a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the code field and Verify fit on screen, and no recovery code wraps', async ({
    page,
    mock,
    wizard,
  }) => {
    await page.clock.setFixedTime(start);
    await mock.scenario('enroll-scan');
    const key = await wizard.key();
    await wizard.next.click();
    await expect(wizard.stepHeading(3)).toBeFocused();

    // A full-screen sheet, nothing inside it scrolled, and both inside the 360x640 screen as the
    // step opens: no scrolling needed to reach them.
    expect(await wizard.dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 360, height: 640 });
    expect(
      await wizard.dialog.evaluate((dialog) =>
        [dialog, ...dialog.querySelectorAll('*')].every((element) => element.scrollTop === 0),
      ),
    ).toBe(true);
    for (const target of [wizard.code, wizard.verifyAndEnable]) {
      const box = await target.boundingBox();
      if (!box) throw new Error('not rendered');
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(640);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }

    await wizard.code.fill(totpAt(key, start));
    const codes = wizard.recoveryCodeList.locator('code');
    await expect(codes).toHaveCount(10);
    // One line each: an inline element broken at its hyphen would have two boxes.
    const lines = await codes.evaluateAll((elements) =>
      elements.map((element) => element.getClientRects().length),
    );
    expect(lines).toEqual(Array(10).fill(1));
  });

  test('the set-up leads with an otpauth link naming the issuer; the QR code waits behind its toggle', async ({
    page,
    mock,
    wizard,
  }) => {
    await mock.scenario('enroll-scan');
    await expect(wizard.stepHeading(2)).toBeFocused();
    const href = (await wizard.openInApp.getAttribute('href')) ?? '';
    expect(href).toMatch(/^otpauth:\/\/totp\//);
    const uri = new URL(href);
    expect(uri.searchParams.get('issuer')).toBe('zenConsole');
    expect(decodeURIComponent(uri.pathname)).toBe(`/zenConsole:${alice.email}`);
    expect(uri.searchParams.get('secret')).toBe(await wizard.key());

    // The link first, then the key to copy; nobody scans their own screen, so no QR code yet.
    const linkBox = await wizard.openInApp.boundingBox();
    const copyBox = await wizard.copyKey.boundingBox();
    expect(linkBox?.y).toBeLessThan(copyBox?.y ?? 0);
    await expect(wizard.qrCode(alice.email)).toBeHidden();
    await expectNoA11yViolations(page, 'wizard step 2 on a phone');

    await wizard.qrToggle('show').click();
    await expect(wizard.qrToggle('hide')).toHaveAttribute('aria-expanded', 'true');
    expect(await decodeQr(wizard.qrCode(alice.email))).toBe(href);
  });
});
