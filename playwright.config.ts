import { defineConfig, devices } from '@playwright/test';
import type { BackendOptions } from './e2e/fixtures';
import { chromiumLaunchOptions } from './scripts/browser-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4180);
// The real-backend build and the Node API on one origin; E2E_REAL_BASE_URL points the same
// journeys at any other backend that serves the app and implements the contract.
const realPort = Number(process.env.E2E_REAL_PORT ?? port + 100);
const realBaseURL = process.env.E2E_REAL_BASE_URL ?? `http://127.0.0.1:${realPort}`;
const browser = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

export default defineConfig<BackendOptions>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous on purpose: on a loaded 2-core machine a screen after sign-in or a scenario's ready
  // state can take well over 7 s to show; a wait only ends early, so a fast run loses nothing.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ...(process.env.E2E_JSON ? [['json'] as const] : []),
    ['html', { open: 'never' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // No trace by default: recording one for every test (to keep it on a failure) cost a third
    // of the suite's CPU. A failure keeps its screenshot and the page's ARIA snapshot; rerun
    // the test with `--trace on` to step through it.
    trace: 'off',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'allow',
  },
  projects: [
    // The demo as it ships: the simulated backend runs in the page (MSW's service worker).
    // Journeys tagged @shared-backend need two browser contexts on one backend: only a server.
    { name: 'chromium', grepInvert: /@shared-backend/, use: browser },
    // The build for a real backend (`VITE_API_MOCKING=off`, dist-real/) against the same
    // handlers over HTTP. Journeys tagged @real-backend run here too. Each test has a world of
    // its own on the one server (e2e/support/worlds.ts), so they run side by side as the demo's
    // do, and shards (`--shard=1/4`) can share the server.
    {
      name: 'real-backend',
      grep: /@real-backend/,
      use: { ...browser, baseURL: realBaseURL, realBackend: true, serviceWorkers: 'block' },
    },
  ],
  // Both builds come first (`npm run test:e2e` and `npm test` make them). The binaries are
  // started directly so stopping them stops the servers.
  // E2E_DEMO_SERVER=off: real-backend runs alone (scripts/e2e-real-shards.mjs) need no preview.
  // E2E_REAL_SERVER=off: the demo project alone (`npm test`) needs no API server.
  webServer: [
    ...(process.env.E2E_DEMO_SERVER === 'off'
      ? []
      : [
          {
            command: `./node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
            url: `http://127.0.0.1:${port}`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
          },
        ]),
    ...(process.env.E2E_REAL_BASE_URL || process.env.E2E_REAL_SERVER === 'off'
      ? []
      : [
          {
            command: `node --import tsx mocks/http.ts --port ${realPort} --host 127.0.0.1 --static dist-real`,
            url: `${realBaseURL}/api/__mock/status`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
          },
        ]),
  ],
});
