/**
 * When a scenario's screen holds still, so that a test reads it and the gallery takes its
 * picture only then: nothing on screen is loading, the page has no request in flight, its fonts
 * and images are in, the review tools have drawn, and two frames in a row have passed without a
 * change to the DOM. Each of these has made two runs of the gallery differ.
 */

/** What the app draws while something is on its way: busy controls and regions, spinners. */
const LOADING = '[aria-busy="true"], [role="progressbar"], .spinner';

/**
 * The review tools mount after the app's first paint, in their own root, and follow the app's
 * path a moment late (the demo hint shows on sign-in only): their strip says which path they
 * last drew for.
 */
const REVIEW_TOOLS = '.review-strip';

const reviewToolsCaughtUp = () =>
  document.querySelector<HTMLElement>(REVIEW_TOOLS)?.dataset.pathname === location.pathname;

/** Frames in a row without a DOM change before the screen counts as still. */
const QUIET_FRAMES = 2;

let inFlight = 0;
let counting = false;

/**
 * Counts the page's requests, the app's and the review tools' alike: one that is still out
 * changes the screen when it answers. Scenario links only, from before the app renders.
 */
export function countRequests(): void {
  if (counting) return;
  counting = true;
  const fetchOnce = window.fetch.bind(window);
  window.fetch = async (...args) => {
    inFlight += 1;
    try {
      return await fetchOnce(...args);
    } finally {
      inFlight -= 1;
    }
  };
}

const shown = (element: Element) =>
  element.checkVisibility?.({ visibilityProperty: true }) ?? element.getClientRects().length > 0;

/**
 * Something loading that the scenario did not ask for. `intended` is the element the scenario
 * waits for: a scenario about a slow answer shows a busy button on purpose.
 */
function loadingShown(intended: Element | null): boolean {
  return [...document.querySelectorAll(LOADING)].some(
    (element) => shown(element) && !intended?.contains(element),
  );
}

function mediaReady(): boolean {
  return [...document.images].every((image) => image.complete);
}

/** True when the scenario's own state is a request still out (the slow answer). */
function waitsOnPurpose(intended: Element | null): boolean {
  return intended !== null && intended.matches(LOADING);
}

/**
 * Resolves once the screen holds still (see above); rejects at `deadline` (performance.now())
 * saying what was still moving. Frames, not milliseconds: a quiet period is two frames long
 * on a fast machine and a slow one alike.
 */
export async function whenSettled(intended: Element | null, deadline: number): Promise<void> {
  await document.fonts.ready;
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  try {
    let quiet = 0;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const waiting = [
        loadingShown(intended) && 'something loading',
        inFlight > 0 && !waitsOnPurpose(intended) && 'a request',
        !mediaReady() && 'an image',
        document.fonts.status !== 'loaded' && 'a font',
        !reviewToolsCaughtUp() && 'the review tools',
        changed && 'a change to the page',
      ].find(Boolean);
      changed = false;
      quiet = waiting ? 0 : quiet + 1;
      if (quiet >= QUIET_FRAMES) return;
      if (performance.now() > deadline)
        throw new Error(`still waiting for ${waiting || 'a frame'}`);
    }
  } finally {
    observer.disconnect();
  }
}
