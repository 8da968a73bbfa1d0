import type { Page } from '@playwright/test';
import { CardSection } from './card-section';
import type { Language } from './messages';

type KeyType = 'security_key' | 'passkey';

/** Profile settings' list of second factors, and the dialogs it opens (add, name, rename, remove). */
export class FactorsSection extends CardSection {
  constructor(page: Page, lang: Language = 'en') {
    super(page, lang, 'profile:factors.title');
  }

  /** The row of the factor named `name`. */
  item(name: string) {
    return this.items.filter({
      has: this.page.getByText(name, { exact: true }),
    });
  }

  typeLabel(type: 'totp' | KeyType): string {
    return this.text.t(`profile:factors.type.${type}`);
  }

  get deviceOnlyLabel(): string {
    return this.text.t('profile:factors.deviceOnly');
  }

  get lastHint(): string {
    return this.text.t('profile:factors.lastHint');
  }

  get addApp() {
    return this.regionButton('profile:factors.addApp');
  }

  get addKey() {
    return this.regionButton('profile:factors.addKey');
  }

  renameButton(name: string) {
    return this.regionButton('profile:factors.renameNamed', { name });
  }

  removeButton(name: string) {
    return this.regionButton('profile:factors.removeNamed', { name });
  }

  get removeButtons() {
    return this.region.getByRole('button', {
      name: this.text.opening('profile:factors.removeNamed'),
    });
  }

  get addKeyDialog() {
    return this.dialogTitled('profile:factors.addKeyTitle');
  }

  get addAppDialog() {
    return this.dialogTitled('profile:factors.addAppTitle');
  }

  /** "Name your passkey" / "Name your security key", after the key was saved. */
  namingDialog(keyType: KeyType) {
    return this.dialogTitled(`profile:factors.keyNaming.${keyType}.title`);
  }

  get renameDialog() {
    return this.dialogTitled('profile:factors.renameTitle');
  }

  removeDialog(name: string) {
    return this.dialogTitled('profile:factors.removeTitle', { name });
  }

  /** The password-and-factor step inside the add-key dialog (no sudo mode yet). */
  get addKeyReauth() {
    return this.reauthIn(this.addKeyDialog);
  }

  /** The same step inside the add-app dialog. */
  get addAppReauth() {
    return this.reauthIn(this.addAppDialog);
  }

  get continue() {
    return this.addKeyDialog.getByRole('button', { name: this.text.t('profile:factors.continue') });
  }

  nameField(keyType: KeyType) {
    return this.namingDialog(keyType).getByLabel(this.text.t('profile:factors.nameLabel'), {
      exact: true,
    });
  }

  /** The announced message a key error shows, by its `key-errors:` key. */
  keyError(code: string) {
    return this.page.getByRole('alert').filter({ hasText: this.text.t(`key-errors:${code}`) });
  }

  /** The notice once a factor was added or removed. */
  toast(key: 'addedToast' | 'removed' | 'renamed', name: string) {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.text.t(`profile:factors.${key}`, { name }) });
  }
}
