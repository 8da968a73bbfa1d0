/**
 * Starts the simulated backend in the browser. MSW's browser bundle is large, so it is loaded
 * only here, after the first paint, and never in a build that talks to a real backend.
 */
export async function startMocking(): Promise<void> {
  const [{ setupWorker }, { handlers }] = await Promise.all([
    import('msw/browser'),
    import('./handlers'),
  ]);
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    // SEC-22: MSW would otherwise log every request, bodies (passwords, codes) included.
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // `npm run bench` compares this mark with the first paint.
  performance.mark('mock-backend-ready');
}
