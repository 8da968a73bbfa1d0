import type { ReviewTheme } from '../scenarios/catalog';
import { readReviewValue, reviewKeys, writeReviewValue } from './review-storage';

function isTheme(value: unknown): value is ReviewTheme {
  return value === 'light' || value === 'dark';
}

/** The theme forced in this browser, or null when the page follows the system. */
export function forcedTheme(): ReviewTheme | null {
  const stored = readReviewValue(reviewKeys.theme);
  return isTheme(stored) ? stored : null;
}

/**
 * `<html data-theme>` picks the light or dark value of every token (src/styles/tokens.css);
 * without it the page follows `prefers-color-scheme`. Remembered, so a reload keeps the theme.
 */
export function applyTheme(theme: ReviewTheme | null): void {
  const root = globalThis.document?.documentElement;
  if (theme === null) root?.removeAttribute('data-theme');
  else root?.setAttribute('data-theme', theme);
  writeReviewValue(reviewKeys.theme, theme);
}

/** Puts back the theme this browser chose last time (at boot, before the tools load). */
export function restoreTheme(): void {
  const theme = forcedTheme();
  if (theme) applyTheme(theme);
}
