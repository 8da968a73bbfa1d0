import { useSyncExternalStore } from 'react';

/**
 * A phone: a narrow screen, or a touch screen of any width. The same query opens the phone
 * rules in totp-setup.css, so the markup and the styles never disagree.
 */
export const PHONE_QUERY = '(max-width: 480px), (pointer: coarse)';

function phoneQuery(): MediaQueryList | null {
  // jsdom and very old browsers have no matchMedia: they get the desktop layout.
  return typeof window.matchMedia === 'function' ? window.matchMedia(PHONE_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = phoneQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/**
 * Whether the set-up leads with "Open in authenticator app" (nobody can scan their own phone's
 * screen). Read during render, not in an effect, so the first paint is already the right one.
 */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribe, () => phoneQuery()?.matches ?? false);
}
