import { useSyncExternalStore } from 'react';

/**
 * The app's current path, from outside its router: React Router's pushState fires no event, so
 * besides popstate a cheap check runs a few times a second (a string compare, no rendering when
 * nothing changed).
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  const timer = window.setInterval(onChange, 250);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.clearInterval(timer);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
