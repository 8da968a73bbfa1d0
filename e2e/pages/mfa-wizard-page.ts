import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { MfaDialog } from './mfa-dialog';
import type { MfaText } from './mfa-text';

/** Reads a QR code the way a phone would: from the pixels on screen. */
export async function decodeQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!result) throw new Error('the QR code on the page could not be decoded');
  return result.data;
}

/** The "Assign authenticator app" wizard. */
export class MfaWizardPage extends MfaDialog {
  constructor(page: Page, text: MfaText) {
    super(page.getByRole('dialog', { name: text.wizardTitle }), text);
  }

  /** The focused heading of step `n` ("Step 2 of 3 …"). */
  stepHeading(n: 1 | 2 | 3): Locator {
    return this.dialog.getByRole('heading', { name: this.text.step(n) });
  }

  get savedCodesHeading() {
    return this.dialog.getByRole('heading', { name: this.text.saveCodesHeading });
  }

  get next() {
    return this.dialog.getByRole('button', { name: this.text.next, exact: true });
  }

  get back() {
    return this.dialog.getByRole('button', { name: this.text.back, exact: true });
  }

  get cancel() {
    return this.dialog.getByRole('button', { name: this.text.cancel, exact: true });
  }

  qrCode(account: string, issuer = 'zenConsole'): Locator {
    return this.dialog.getByRole('img', { name: this.text.qrCode(issuer, account) });
  }

  get manualKey() {
    return this.dialog.getByRole('group', { name: this.text.manualKey });
  }

  get copyKey() {
    return this.manualKey.getByRole('button', { name: this.text.copyKey });
  }

  /** The secret as the page shows it, without the spaces between groups. */
  async key(): Promise<string> {
    const shown = await this.manualKey.getByRole('code').textContent();
    return (shown ?? '').replace(/\s/g, '');
  }

  get code() {
    return this.dialog.getByLabel(this.text.verificationCode, { exact: true });
  }

  get verifyAndEnable() {
    return this.dialog.getByRole('button', { name: this.text.verifyAndEnable });
  }

  /** From step 1 to the key, then returns it. */
  async openKey(): Promise<string> {
    await this.next.click();
    await this.manualKey.getByRole('code').waitFor();
    return this.key();
  }

  async finish(): Promise<void> {
    await this.savedCheckbox.check();
    await this.done.click();
  }
}
