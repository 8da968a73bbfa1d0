import { expect, type Page } from '@playwright/test';
import { totpAt } from '#mocks/testing/codes';
import { firstMove } from './first-move';
import {
  scenarioHref,
  type ReviewLanguage,
  type ReviewTheme,
  type ScenarioName,
} from '#mocks/scenarios/catalog';
import {
  authenticatorsResponseSchema,
  clockResponseSchema,
  faultsResponseSchema,
  mailboxResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  type Faults,
  type FaultsRequest,
  type MailMessage,
  type MockAuthenticator,
  type MockStatusResponse,
} from '#src/api/mock-control';

type Call = { path: string; method?: 'GET' | 'POST'; body?: unknown };

/**
 * QA's handle on the simulated backend. Every control call is a `fetch` from the page: in the
 * demo the backend runs inside the page (MSW) and Playwright's own request context would bypass
 * its service worker; against a backend over HTTP (`npm run api`) the same fetches reach it.
 */
export class MockControl {
  /** Whether this test changed the fault switch, so the fixture can turn it off afterwards. */
  faultsTouched = false;

  /** `lang`: the language scenarios open in unless told otherwise (the test's, so the page objects match). */
  constructor(
    private readonly page: Page,
    private readonly lang: ReviewLanguage = 'en',
  ) {}

  /**
   * Resolves once the page's service worker answers mock requests. Beside the prerendered
   * sign-in form the demo starts its backend at the visitor's first move: one is made if the
   * backend does not answer yet.
   */
  async ready(): Promise<void> {
    const answers = async () =>
      (
        await this.page.evaluate(
          async (path) => (await fetch(path)).headers.get('content-type') ?? '',
          mockPaths.status,
        )
      ).includes('application/json');
    if (await answers()) return;
    await firstMove(this.page);
    await expect.poll(answers, { message: 'the mock backend should start' }).toBe(true);
  }

  private async call({ path, method = 'GET', body }: Call): Promise<unknown> {
    await this.ready();
    const { status, json } = await this.page.evaluate(
      async (request) => {
        const response = await fetch(request.path, {
          method: request.method,
          headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
        });
        const text = await response.text();
        return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
      },
      { path, method, body },
    );
    expect(status, `${method} ${path}`).toBeLessThan(300);
    return json;
  }

  /** Back to the seed: clock offset 0, no faults, no sessions, empty mailbox. */
  async reset(): Promise<void> {
    await this.call({ path: mockPaths.reset, method: 'POST' });
    this.faultsTouched = false;
  }

  /** Storage mode, this page load's notices, and the mock's time. */
  async status(): Promise<MockStatusResponse> {
    return mockStatusResponseSchema.parse(await this.call({ path: mockPaths.status }));
  }

  /**
   * The backend's time, which codes are computed for: the page's clock plus the mock's offset in
   * the demo; `page.clock` does not move a server's clock (`advanceClock` does, in either mode).
   */
  async now(): Promise<Date> {
    return new Date((await this.status()).now);
  }

  /** The code an authenticator app shows for `secret` at the backend's time. */
  async codeNow(secret: string): Promise<string> {
    return totpAt(secret, await this.now());
  }

  /** Mails, newest first. */
  async mailbox(): Promise<MailMessage[]> {
    return mailboxResponseSchema.parse(await this.call({ path: mockPaths.mailbox })).messages;
  }

  /** The code of the newest mail to `to` that carries one. */
  async latestCode(to: string): Promise<string> {
    const message = (await this.mailbox()).find((mail) => mail.to === to && mail.code);
    if (!message?.code) throw new Error(`no code mailed to ${to}`);
    return message.code;
  }

  /** Moves the mock's clock (sessions, challenges, enrollments, throttles) forward. */
  async advanceClock(seconds: number): Promise<Date> {
    const json = await this.call({
      path: mockPaths.clock,
      method: 'POST',
      body: { advanceSeconds: seconds },
    });
    return new Date(clockResponseSchema.parse(json).now);
  }

  /** Sets the mock's clock offset from the page's time (0 puts it back). */
  async setClockOffset(seconds: number): Promise<Date> {
    const json = await this.call({
      path: mockPaths.clock,
      method: 'POST',
      body: { offsetSeconds: seconds },
    });
    return new Date(clockResponseSchema.parse(json).now);
  }

  /** The TOTP secrets the backend holds (active, or pending while someone sets MFA up). */
  async authenticators(): Promise<MockAuthenticator[]> {
    const json = await this.call({ path: mockPaths.authenticators });
    return authenticatorsResponseSchema.parse(json).authenticators;
  }

  /**
   * The fault switch: the next `failNext` API requests fail as a network error, every API
   * request waits `latencyMs` longer, `offline` fails them all. Mock controls never fail.
   */
  async setFaults(faults: FaultsRequest): Promise<Faults> {
    this.faultsTouched = true;
    const json = await this.call({ path: mockPaths.faults, method: 'POST', body: faults });
    return faultsResponseSchema.parse(json);
  }

  async faults(): Promise<Faults> {
    return faultsResponseSchema.parse(await this.call({ path: mockPaths.faults }));
  }

  async clearFaults(): Promise<void> {
    await this.setFaults({ failNext: 0, latencyMs: 0, offline: false });
    this.faultsTouched = false;
  }

  /**
   * Opens a named scenario's link (the backend is reset and the state built by the app itself)
   * and waits until it has landed; a scenario that fails says why.
   */
  async scenario(
    name: ScenarioName,
    options: { lang?: ReviewLanguage; theme?: ReviewTheme } = {},
  ): Promise<void> {
    await this.page.goto(scenarioHref(name, { lang: this.lang, ...options }));
    const html = this.page.locator(`html[data-scenario="${name}"]`);
    await expect(html, `scenario ${name} should land`).toHaveAttribute(
      'data-scenario-state',
      /^(ready|failed)$/,
      // A ceiling: each of the scenario's steps may take up to 40 s (mocks/scenarios/run-steps.ts).
      { timeout: 90_000 },
    );
    if ((await html.getAttribute('data-scenario-state')) === 'failed') {
      const error = await html.getAttribute('data-scenario-error');
      throw new Error(`scenario ${name} failed: ${error ?? 'no reason given'}`);
    }
  }
}
