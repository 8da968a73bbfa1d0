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
 * Resolves once the page has loaded and the app has drawn its first screen (a redirect from a
 * console URL draws nothing at first): downloads that screen does not need, such as the
 * simulated backend or the next step's code, start then and never compete with it.
 */
export function afterFirstPaint(): Promise<void> {
  if (typeof window === 'undefined' || typeof requestAnimationFrame === 'undefined')
    return Promise.resolve();
  return new Promise((resolve) => {
    const root = document.getElementById('root');
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    const whenDrawn = () => {
      if (!root || root.childElementCount > 0) return afterFrame();
      const observer = new MutationObserver(() => {
        if (root.childElementCount === 0) return;
        observer.disconnect();
        afterFrame();
      });
      observer.observe(root, { childList: true });
    };
    if (document.readyState === 'complete') whenDrawn();
    else window.addEventListener('load', whenDrawn, { once: true });
  });
}
