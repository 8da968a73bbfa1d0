import { useSyncExternalStore } from 'react';

// One shared ticker for every countdown on the page; it runs only while someone listens.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    for (const notify of listeners) notify();
  }, 250);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function idle(): () => void {
  return () => {};
}

/** Read fresh on every check; it changes once a second, so React re-renders only then. */
function secondsLeft(until: number | null): number {
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

/** Whole seconds left until `until` (epoch ms), 0 when it has passed or is null. */
export function useCountdown(until: number | null): number {
  const read = () => secondsLeft(until);
  // The same on the server (the prerendered sign-in form has no wait) as in the browser.
  return useSyncExternalStore(until === null ? idle : subscribe, read, read);
}
