import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser-path.mjs';

const port = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [
    ['list'],
    ...(process.env.E2E_JSON ? [['json'] as const] : []),
    ['html', { open: 'never' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  // The demo as it ships: the production build (`npm run test:e2e` builds it first) with the
  // simulated backend on. The vite binary is started directly so stopping it stops the server.
  webServer: {
    command: `./node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
