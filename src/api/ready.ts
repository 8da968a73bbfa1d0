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

/**
 * Resolves once the page has loaded and painted a frame: downloads that the first screen does
 * not need (the simulated backend, the next step's code) start then, so they never compete
 * with the sign-in form for the link or the CPU.
 */
export function afterFirstPaint(): Promise<void> {
  if (typeof window === 'undefined' || typeof requestAnimationFrame === 'undefined')
    return Promise.resolve();
  return new Promise((resolve) => {
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (document.readyState === 'complete') afterFrame();
    else window.addEventListener('load', afterFrame, { once: true });
  });
}
