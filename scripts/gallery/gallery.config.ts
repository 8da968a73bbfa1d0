import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../browser-path.mjs';

// `npm run gallery`: the production build served by `vite preview` on its own port (the vite
// binary itself, so stopping it stops the server), two workers, a browser per scenario (capture.gallery.ts says why).
const port = Number(process.env.GALLERY_PORT ?? 4194);

export default defineConfig({
  testDir: '.',
  testMatch: /\.gallery\.ts$/,
  outputDir: '../../test-results/gallery',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  // Longer than a scenario's own step timeout (15 s), so a stuck scenario reports why.
  expect: { timeout: 30_000 },
  reporter: [['./reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'UTC',
    serviceWorkers: 'allow',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `./node_modules/.bin/vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}`,
    // Never someone else's server on this port: the pictures must come from this build.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
