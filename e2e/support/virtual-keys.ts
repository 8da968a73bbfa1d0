import type { CDPSession, Page } from '@playwright/test';

/**
 * Virtual keys: Chromium's WebAuthn emulation (CDP `WebAuthn` domain), a platform authenticator with
 * resident keys and a fingerprint that passes until told otherwise, pressed automatically. It
 * stands in for the browser's prompt, so specs using it open the app as `localhost`
 * (`test.use({ onLocalhost: true })`): WebAuthn refuses an IP address as the relying-party ID.
 */
export class VirtualKeys {
  private constructor(
    private readonly cdp: CDPSession,
    private id: string,
  ) {}

  static async attach(page: Page): Promise<VirtualKeys> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    return new VirtualKeys(cdp, await VirtualKeys.add(cdp, true));
  }

  private static async add(cdp: CDPSession, hasUserVerification: boolean): Promise<string> {
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification,
        isUserVerified: hasUserVerification,
        automaticPresenceSimulation: true,
      },
    });
    return authenticatorId;
  }

  /**
   * The same keys, moved to an authenticator that cannot check a fingerprint or PIN at all: it
   * answers without the user-verified flag, which only the server can refuse (a refused check
   * on a capable key, `setUserVerified(false)`, makes the browser's prompt fail instead).
   */
  async withoutUserVerification(): Promise<void> {
    const credentials = await this.credentials();
    // Chromium allows one internal authenticator at a time: this one goes first.
    await this.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: this.id });
    this.id = await VirtualKeys.add(this.cdp, false);
    for (const credential of credentials)
      await this.cdp.send('WebAuthn.addCredential', { authenticatorId: this.id, credential });
  }

  /** `false`: the key answers, but its fingerprint or PIN check fails (UV flag off). */
  async setUserVerified(isUserVerified: boolean): Promise<void> {
    await this.cdp.send('WebAuthn.setUserVerified', {
      authenticatorId: this.id,
      isUserVerified,
    });
  }

  /** The credentials these virtual keys hold (one per key registered). */
  async credentials() {
    const { credentials } = await this.cdp.send('WebAuthn.getCredentials', {
      authenticatorId: this.id,
    });
    return credentials;
  }

  async detach(): Promise<void> {
    await this.cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: this.id });
    await this.cdp.send('WebAuthn.disable');
    await this.cdp.detach();
  }
}
