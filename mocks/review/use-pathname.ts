import { useSyncExternalStore } from 'react';

/**
 * The app's current path, from outside its router: React Router's pushState fires no popstate.
 * The Navigation API's `currententrychange` does, at once (a scenario counts as settled only
 * when the tools have caught up); where it is missing, a cheap check runs a few times a second
 * (a string compare, no rendering when nothing changed).
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  const navigation = 'navigation' in window ? window.navigation : undefined;
  navigation?.addEventListener('currententrychange', onChange);
  const timer = window.setInterval(onChange, 250);
  return () => {
    window.removeEventListener('popstate', onChange);
    navigation?.removeEventListener('currententrychange', onChange);
    window.clearInterval(timer);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
