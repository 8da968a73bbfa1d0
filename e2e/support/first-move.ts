import type { Page } from '@playwright/test';

/**
 * A person's first move on the page, and nothing more: a press of Shift alone, which no
 * control answers. Beside the prerendered sign-in form the demo's simulated backend, and the
 * review tools with it, start at the visitor's first move (src/main.tsx); a test that needs them
 * before acting makes that move, as a person would.
 */
export async function firstMove(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}
