import { restoreTheme } from './theme';

/**
 * Mock mode only, called at boot once the worker runs: the review panel (scenarios, virtual
 * authenticator, mailbox, clock, network, language and theme), the demo hint on the sign-in
 * screen and the simulated backend's notices, in a React root of their own. The theme is put
 * back at once; the React part loads in its own chunk, after the app has painted.
 */
export function mountReviewTools(): void {
  restoreTheme();
  void preloadReviewTools().then(({ mount }) => mount());
}

/** The review tools' React part, fetched early where a scenario link waits for them to draw. */
export const preloadReviewTools = () => import('./mount');
