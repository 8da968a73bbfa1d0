/** The mock tools' keys share the simulated backend's prefix, so clearing one clears both. */
const PREFIX = 'zen-console-mock:';

export const reviewKeys = {
  theme: `${PREFIX}theme`,
  hintHidden: `${PREFIX}demo-hint-hidden`,
} as const;

// Storage can be blocked (private mode, policies): the tools still work for this page load.
export function readReviewValue(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeReviewValue(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered; it still holds until the next load.
  }
}
