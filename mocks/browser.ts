import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/**
 * Starts the simulated backend in the browser. MSW's browser bundle is large: it comes with
 * mocks/boot.ts, which the app loads only after the first paint (src/main.tsx), and never in
 * a build that talks to a real backend.
 */
export async function startMocking(): Promise<void> {
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
