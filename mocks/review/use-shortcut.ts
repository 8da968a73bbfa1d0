import { useEffect, useRef } from 'react';

/**
 * Alt+Shift+D, matched by the physical key so it works on every layout (Option+Shift+D types a
 * character on a Mac keyboard). Browsers bind Alt+D and Ctrl/Cmd+Shift+D, screen readers use
 * Insert, Caps Lock or Ctrl+Option: none of them take Alt+Shift+D.
 */
function isReviewShortcut(event: KeyboardEvent): boolean {
  return (
    event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD'
  );
}

export function useReviewShortcut(onPress: () => void): void {
  const latest = useRef(onPress);
  useEffect(() => {
    latest.current = onPress;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isReviewShortcut(event) || event.repeat) return;
      event.preventDefault();
      latest.current();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
