import { describe, expect, it, vi } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { faultsResponseSchema, mockPaths } from '#src/api/mock-control';
import { now } from '../db/clock';
import { seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { mailbox, startSignIn } from '../testing/flows';
import { inProcessOnly, setupMockServer } from '../testing/server';

const { storage } = setupMockServer();

async function faults(browser: TestBrowser, body?: unknown) {
  const response =
    body === undefined ? browser.get(mockPaths.faults) : browser.post(mockPaths.faults, body);
  return expectOk(await response, faultsResponseSchema);
}

/**
 * How long a request takes on the mock clock. Timers are fake here (they move `Date` too), so
 * the test steps through time instead of waiting for it.
 */
async function timed(send: () => Promise<Response>): Promise<{ response: Response; ms: number }> {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  const start = now();
  let response: Response | undefined;
  void send().then((answer) => (response = answer));
  // Bounded, so a request that never settles fails the test instead of hanging it.
  for (let step = 0; !response && step < 400; step += 1) await vi.advanceTimersByTimeAsync(50);
  if (!response) throw new Error('no answer within 20 s of mock time');
  const ms = now() - start;
  vi.useFakeTimers({ toFake: ['Date'] });
  return { response, ms };
}

describe('GET and POST __mock/faults', () => {
  it('starts with no faults, sets either field and keeps the one left out', async () => {
    const browser = new TestBrowser();
    expect(await faults(browser)).toEqual({ failNext: 0, latencyMs: 0, offline: false });
    expect(await faults(browser, { failNext: 2 })).toEqual({
      failNext: 2,
      latencyMs: 0,
      offline: false,
    });
    expect(await faults(browser, { latencyMs: 1500 })).toEqual({
      failNext: 2,
      latencyMs: 1500,
      offline: false,
    });
    expect(await faults(browser, { offline: true })).toEqual({
      failNext: 2,
      latencyMs: 1500,
      offline: true,
    });
    expect(await faults(browser, { failNext: 0, latencyMs: 0, offline: false })).toEqual({
      failNext: 0,
      latencyMs: 0,
      offline: false,
    });
  });

  it('rejects anything else with 400 invalid_request', async () => {
    const browser = new TestBrowser();
    for (const body of [
      {},
      { failNext: -1 },
      { failNext: 1.5 },
      { failNext: '2' },
      { failNext: 101 },
      { latencyMs: 10_001 },
      { latencyMs: -5 },
      { offline: 'yes' },
      { offline: 1 },
      'not json',
    ]) {
      await expectError(await browser.post(mockPaths.faults, body), 'invalid_request');
    }
    expect(await faults(browser)).toEqual({ failNext: 0, latencyMs: 0, offline: false });
  });

  it('is cleared by __mock/reset', async () => {
    const browser = new TestBrowser();
    await faults(browser, { failNext: 3, latencyMs: 2000, offline: true });
    await browser.post(mockPaths.reset);
    expect(await faults(browser)).toEqual({ failNext: 0, latencyMs: 0, offline: false });
  });

  // It writes this process's storage directly.
  inProcessOnly('reads a switch saved before offline existed as offline off', async () => {
    const browser = new TestBrowser();
    storage().setItem('zen-console-mock:faults', JSON.stringify({ failNext: 1, latencyMs: 0 }));
    expect(await faults(browser)).toEqual({ failNext: 1, latencyMs: 0, offline: false });
  });
});

describe('failNext', () => {
  it('fails the next n API requests as network errors, then answers again', async () => {
    const browser = new TestBrowser();
    await faults(browser, { failNext: 2 });
    await expect(browser.get(apiPaths.me)).rejects.toThrow(TypeError);
    expect((await faults(browser)).failNext).toBe(1);
    await expect(browser.post(apiPaths.signIn, seedAccounts.alice)).rejects.toThrow(TypeError);
    expect((await faults(browser)).failNext).toBe(0);
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('leaves the mock controls alone, so QA can still read the mailbox and switch it off', async () => {
    const browser = new TestBrowser();
    await faults(browser, { failNext: 1 });
    expect(await mailbox(browser)).toEqual([]);
    await browser.get(mockPaths.status);
    await expectError(await browser.get('/api/__mock/nope'), 'not_found');
    expect((await faults(browser)).failNext).toBe(1);
    await faults(browser, { failNext: 0 });
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('fails before the server acts: a failed sign-in mails no code', async () => {
    const browser = new TestBrowser();
    await faults(browser, { failNext: 1 });
    await expect(browser.post(apiPaths.signIn, seedAccounts.alice)).rejects.toThrow(TypeError);
    expect(await mailbox(browser)).toEqual([]);
    await startSignIn(browser, seedAccounts.alice);
    expect(await mailbox(browser)).toHaveLength(1);
  });
});

describe('offline', () => {
  it('fails every API request until switched off, and keeps planned failures for after', async () => {
    const browser = new TestBrowser();
    await faults(browser, { offline: true, failNext: 1 });
    for (let request = 0; request < 3; request += 1) {
      await expect(browser.get(apiPaths.me)).rejects.toThrow(TypeError);
    }
    await expect(browser.post(apiPaths.signIn, seedAccounts.alice)).rejects.toThrow(TypeError);
    expect(await mailbox(browser)).toEqual([]);
    expect(await faults(browser)).toEqual({ failNext: 1, latencyMs: 0, offline: true });

    await faults(browser, { offline: false });
    await expect(browser.get(apiPaths.me)).rejects.toThrow(TypeError);
    await expectError(await browser.get(apiPaths.me), 'unauthenticated');
  });

  it('never fails the mock controls, so QA can switch it off again', async () => {
    const browser = new TestBrowser();
    await faults(browser, { offline: true });
    expect((await browser.get(mockPaths.status)).status).toBe(200);
    expect(await mailbox(browser)).toEqual([]);
    expect(await faults(browser, { offline: false })).toMatchObject({ offline: false });
  });
});

// Measured on fake timers, which only exist in this process.
inProcessOnly(
  'latencyMs slows every API request by that much, but not the mock controls',
  async () => {
    const browser = new TestBrowser();
    const normal = await timed(() => browser.get(apiPaths.me));
    await expectError(normal.response, 'unauthenticated');
    expect(normal.ms).toBeLessThan(1000);

    await faults(browser, { latencyMs: 1500 });
    const slow = await timed(() => browser.get(apiPaths.me));
    await expectError(slow.response, 'unauthenticated');
    expect(slow.ms).toBeGreaterThanOrEqual(1500);
    expect(slow.ms).toBeLessThan(1500 + 1000);

    const control = await timed(() => browser.get(mockPaths.status));
    expect(control.response.status).toBe(200);
    expect(control.ms).toBeLessThan(1000);
  },
);
