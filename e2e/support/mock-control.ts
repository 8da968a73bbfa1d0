import { expect, type Page } from '@playwright/test';
import {
  faultsResponseSchema,
  mailboxResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
  type Faults,
  type FaultsRequest,
  type MailMessage,
} from '../../src/api/mock-control';

/**
 * QA's control endpoints, called from the page: in the demo the mock backend runs inside the
 * page (MSW), and Playwright's own request context would bypass its service worker; against a
 * backend over HTTP (`npm run api`) the same same-origin fetches reach the server.
 */
export class MockControl {
  constructor(private readonly page: Page) {}

  /** Resolves once the page's service worker answers mock requests. */
  async ready(): Promise<void> {
    await expect
      .poll(
        () =>
          this.page.evaluate(
            async (path) => (await fetch(path)).headers.get('content-type') ?? '',
            mockPaths.status,
          ),
        { message: 'the mock backend should start' },
      )
      .toContain('application/json');
  }

  async mailbox(): Promise<MailMessage[]> {
    await this.ready();
    const json: unknown = await this.page.evaluate(
      async (path) => (await fetch(path)).json(),
      mockPaths.mailbox,
    );
    return mailboxResponseSchema.parse(json).messages;
  }

  /**
   * The backend's time. Codes are computed for it: `page.clock` moves only the browser, not a
   * server's clock (use `advanceClock` for that, in either mode).
   */
  async now(): Promise<Date> {
    await this.ready();
    const json: unknown = await this.page.evaluate(
      async (path) => (await fetch(path)).json(),
      mockPaths.status,
    );
    return new Date(mockStatusResponseSchema.parse(json).now);
  }

  /** The code of the newest mail to `to` that carries one. */
  async latestCode(to: string): Promise<string> {
    const message = (await this.mailbox()).find((mail) => mail.to === to && mail.code);
    if (!message?.code) throw new Error(`no code mailed to ${to}`);
    return message.code;
  }

  /** Moves the mock's clock (sessions, challenges, enrollments, throttles) forward. */
  async advanceClock(seconds: number): Promise<void> {
    await this.ready();
    const status = await this.page.evaluate(
      async ({ path, advanceSeconds }) =>
        (
          await fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ advanceSeconds }),
          })
        ).status,
      { path: mockPaths.clock, advanceSeconds: seconds },
    );
    expect(status).toBe(200);
  }

  /**
   * The fault switch: the next `failNext` API requests fail as a network error, every API
   * request waits `latencyMs` longer. Mock controls themselves are never failed or slowed.
   */
  async setFaults(faults: FaultsRequest): Promise<Faults> {
    await this.ready();
    const { status, json } = await this.page.evaluate(
      async ({ path, body }) => {
        const response = await fetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, json: (await response.json()) as unknown };
      },
      { path: mockPaths.faults, body: faults },
    );
    expect(status).toBe(200);
    return faultsResponseSchema.parse(json);
  }

  async reset(): Promise<void> {
    await this.ready();
    await this.page.evaluate(async (path) => {
      await fetch(path, { method: 'POST' });
    }, mockPaths.reset);
  }
}
