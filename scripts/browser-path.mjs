// Which Chromium the e2e suite drives: $CHROMIUM_PATH, else Debian's, else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const system = candidates.find((path) => path && existsSync(path));
  if (system) return { path: system, bundled: false };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, bundled: true };
  return null;
}

/**
 * How to launch it here: no sandbox as root, and without the background traffic Chromium would
 * otherwise keep sending to hosts this machine cannot reach.
 */
export function chromiumLaunchOptions() {
  const found = findChromium();
  return {
    executablePath: found && !found.bundled ? found.path : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
