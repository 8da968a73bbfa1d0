import type { Locator } from '@playwright/test';
import type { Messages } from './messages';

/**
 * The "confirm it's you" form inside any dialog (Disable MFA, new recovery codes, and the sudo
 * step of adding or removing a factor): password plus a key, a code or a recovery code.
 */
export class ReauthFields {
  constructor(
    private readonly dialog: Locator,
    private readonly text: Messages,
  ) {}

  get password() {
    return this.dialog.getByLabel(this.text.t('mfa:reauth.password'), { exact: true });
  }

  get code() {
    return this.dialog.getByLabel(this.text.t('mfa:reauth.codeLabel'), { exact: true });
  }

  /** The sentence that says the browser asks for the key after the password. */
  get keyIntro() {
    return this.dialog.getByText(this.text.t('mfa:reauth.confirmIdentityKey'));
  }

  get useKey() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useKey') });
  }

  get useApp() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useApp') });
  }

  get useRecovery() {
    return this.dialog.getByRole('button', { name: this.text.t('mfa:reauth.useRecovery') });
  }
}
