// Fails fast, in one line, when no Chromium can drive the e2e suite.
import { findChromium } from './browser-path.mjs';

if (!findChromium()) {
  console.error(
    "No Chromium found: install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium), or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
