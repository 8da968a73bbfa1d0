import type { CDPSession, Page } from '@playwright/test';

/**
 * Chromium's virtual authenticator (CDP `WebAuthn` domain): a platform authenticator with
 * resident keys and a fingerprint that passes until told otherwise, pressed automatically. It
 * stands in for the browser's prompt, so specs using it must open `http://localhost:<port>`
 * (WebAuthn refuses an IP address as the relying-party ID).
 */
export class VirtualAuthenticator {
  private constructor(
    private readonly cdp: CDPSession,
    readonly id: string,
  ) {}

  static async attach(page: Page): Promise<VirtualAuthenticator> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return new VirtualAuthenticator(cdp, authenticatorId);
  }

  /** `false`: the key answers, but its fingerprint or PIN check fails (UV flag off). */
  async setUserVerified(isUserVerified: boolean): Promise<void> {
    await this.cdp.send('WebAuthn.setUserVerified', {
      authenticatorId: this.id,
      isUserVerified,
    });
  }

  /** The credentials the authenticator holds (one per key registered with it). */
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

/**
 * WebAuthn needs a host name: the demo's preview server (bound to 127.0.0.1), reached as
 * `localhost`. For `test.use({ baseURL: localhostBaseURL })` in the key specs.
 */
export const localhostBaseURL = `http://localhost:${process.env.E2E_PORT ?? 4180}`;
