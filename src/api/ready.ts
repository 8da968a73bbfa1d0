/**
 * Requests wait for the simulated backend to start, so the first paint never waits for MSW
 * while no request can slip past it. With a real backend nothing is awaited.
 */
let ready: Promise<unknown> = Promise.resolve();

export function setApiReady(promise: Promise<unknown>): void {
  ready = promise;
}

export function whenApiReady(): Promise<unknown> {
  return ready;
}

/** What counts as a drawn screen: any screen's <main>, or the full-page loading state. */
const screenDrawn = 'main, .app-loading';

/**
 * Resolves once the page has loaded and the app has drawn its first screen (a redirect from a
 * console URL draws none at first): downloads that screen does not need, such as the simulated
 * backend or the next step's code, start then and never compete with it. Three seconds after
 * the load event they start whatever was drawn.
 */
export function afterFirstPaint(): Promise<void> {
  if (typeof window === 'undefined' || typeof requestAnimationFrame === 'undefined')
    return Promise.resolve();
  return new Promise((resolve) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      requestAnimationFrame(() => setTimeout(resolve, 0));
    };
    const whenDrawn = () => {
      if (document.querySelector(screenDrawn)) return start();
      const observer = new MutationObserver(() => {
        if (!document.querySelector(screenDrawn)) return;
        observer.disconnect();
        start();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => {
        observer.disconnect();
        start();
      }, 3000);
    };
    if (document.readyState === 'complete') whenDrawn();
    else window.addEventListener('load', whenDrawn, { once: true });
  });
}

const firstMoves = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'input'] as const;
let firstMoveMade: Promise<void> | undefined;

/**
 * Resolves at the person's first move on the page (a pointer moving or pressed, a key, a focus,
 * typing), or at once if they typed before the app started. What only their next step needs
 * (the sign-in request and its contract, the second-factor step, the demo's simulated backend)
 * loads then: reading the page costs them no processor time, and typing an address leaves the
 * download ample time before they submit.
 */
export function afterFirstMove(): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  firstMoveMade ??= new Promise((resolve) => {
    const fields = document.querySelectorAll<HTMLInputElement>('input');
    if ([...fields].some((field) => field.value !== '')) return resolve();
    const act = () => {
      for (const type of firstMoves) document.removeEventListener(type, act, true);
      resolve();
    };
    for (const type of firstMoves) document.addEventListener(type, act, true);
  });
  return firstMoveMade;
}
