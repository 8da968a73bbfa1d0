import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';

const USER_INPUT = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Lands on `ref` when the address names it (`#id`) once it is `ready`: the browser looked for
 * the anchor before the element existed. Until the reader moves, it stays in view when the
 * window changes size (a phone turned, a window resized), which would otherwise keep whatever
 * was at the top.
 */
export function useLandOnAnchor(ref: RefObject<HTMLElement | null>, id: string, ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash !== `#${id}`) return;
    const land = () => ref.current?.scrollIntoView();
    const stop = () => {
      window.removeEventListener('resize', land);
      for (const type of USER_INPUT) window.removeEventListener(type, stop);
    };
    land();
    window.addEventListener('resize', land);
    for (const type of USER_INPUT) window.addEventListener(type, stop, { passive: true });
    return stop;
  }, [ref, id, ready, hash]);
}
