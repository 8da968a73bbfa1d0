import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { MfaDialog } from './mfa-dialog';
import { messages, type Language } from './messages';

/** Reads a QR code the way a phone would: from the pixels on screen. */
export async function decodeQr(element: Locator): Promise<string> {
  const png = PNG.sync.read(await element.screenshot());
  const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!result) throw new Error('the QR code on the page could not be decoded');
  return result.data;
}

/** The "Assign authenticator app" wizard: intro, QR code and key, code, recovery codes. */
export class MfaWizardPage extends MfaDialog {
  constructor(page: Page, lang: Language = 'en') {
    const text = messages(lang);
    super(page.getByRole('dialog', { name: text.t('mfa:wizard.title') }), text);
  }

  /** The focused heading of step `n` ("Step 2 of 3 …"). */
  stepHeading(n: 1 | 2 | 3): Locator {
    return this.dialog.getByRole('heading', {
      name: this.text.t('mfa:wizard.stepOf', { step: n, total: 3 }),
    });
  }

  get savedCodesHeading() {
    return this.dialog.getByRole('heading', { name: this.text.t('mfa:wizard.done.heading') });
  }

  /** The apps step 1 recommends. */
  get appNames(): string[] {
    return ['google', 'authy', 'duo'].map((app) => this.text.t(`mfa:wizard.intro.apps.${app}`));
  }

  get next() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:wizard.next'), exact: true });
  }

  get back() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:wizard.back'), exact: true });
  }

  get cancel() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:wizard.cancel'), exact: true });
  }

  qrCode(account: string, issuer = 'zenConsole'): Locator {
    return this.dialog.getByRole('img', {
      name: this.text.t('mfa:wizard.scan.qrLabel', { issuer, account }),
    });
  }

  /** The key and its parameters, headed for a computer ("Can't scan?") or a phone ("Or …"). */
  get manualKey() {
    const group = (key: string) => this.dialog.getByRole('group', { name: this.text.t(key) });
    return group('mfa:wizard.scan.manualHeading').or(group('mfa:wizard.scan.manualHeadingPhone'));
  }

  /** On a phone: the otpauth link that hands the key to the app on the same phone. */
  get openInApp() {
    return this.dialog.getByRole('link', { name: this.text.t('mfa:wizard.scan.openApp') });
  }

  /** On a phone: the toggle the QR code hides behind, by what it will do. */
  qrToggle(action: 'show' | 'hide'): Locator {
    return this.dialog.getByRole('button', {
      name: this.text.t(action === 'show' ? 'mfa:wizard.scan.showQr' : 'mfa:wizard.scan.hideQr'),
    });
  }

  get copyKey() {
    return this.manualKey.getByRole('button', { name: this.text.t('mfa:wizard.scan.copyKey') });
  }

  /** The secret as the page shows it, without the spaces between groups. */
  async key(): Promise<string> {
    const shown = await this.manualKey.getByRole('code').textContent();
    return (shown ?? '').replace(/\s/g, '');
  }

  get code() {
    return this.dialog.getByLabel(this.text.t('mfa:wizard.verify.codeLabel'), { exact: true });
  }

  get verifyAndEnable() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:wizard.verify.submit') });
  }

  /** "Try again" inside the error, after a request that could not reach the server. */
  get retry() {
    return this.alert.getByRole('button', { name: this.text.t('mfa:wizard.verify.retry') });
  }

  /** From step 1 to the key, then returns it. */
  async openKey(): Promise<string> {
    await this.next.click();
    await this.manualKey.getByRole('code').waitFor();
    return this.key();
  }
}
