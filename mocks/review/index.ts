import type { ReviewTheme } from '../scenarios/catalog';

/**
 * Mock mode only, loaded lazily at boot beside the worker: the review panel (scenarios, virtual
 * authenticator, mailbox, clock, network, language and theme), the demo hint on the sign-in
 * screen and the simulated backend's notices, in a React root of their own.
 * STUB: the review-panel work replaces this file.
 */
export function mountReviewTools(): void {}

/** Forces a theme (or follows the system with null), and remembers it for this browser. */
export function applyTheme(theme: ReviewTheme | null): void {
  void theme;
}
