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
