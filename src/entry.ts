// The page's script: it starts the app (main.tsx) once the page has painted, and notes the
// visitor's first move meanwhile (src/api/ready.ts).
// Where public/before-paint.js has shown the prerendered sign-in form, that form needs none of
// the app's code to draw, so the app's download starts once the form is on screen rather than
// competing with the page's own styles for the first paint; typing meanwhile is kept, and a
// submit waits for the app (before-paint.js). Anywhere else the page is blank until the app
// draws, and it starts at once. The form's styles are links in the page
// (scripts/prerender-plugin.mjs).
import { afterFirstMove } from './api/ready';

const formShown = document.documentElement.dataset.prerender === 'show';
// From now on a first move (a pointer, a key) counts, though the app is still on its way.
void afterFirstMove();

/** Resolves once the browser reports the form's first paint (a few frames at most). */
function afterFormPainted(): Promise<void> {
  return new Promise((resolve) => {
    // A page opened in a background tab paints nothing until it is shown: start at once.
    if (document.visibilityState !== 'visible') return resolve();
    if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    // Never wait on a report that does not come.
    setTimeout(resolve, 2000);
  });
}

// A demo scenario link waits for the simulated backend before it draws: it starts loading now,
// beside the app, rather than once the app's code has run (src/main.tsx imports the same module).
if (
  import.meta.env.VITE_API_MOCKING !== 'off' &&
  new URLSearchParams(location.search).has('scenario')
)
  void import('#mocks/boot');

void (formShown ? afterFormPainted() : Promise.resolve()).then(() => import('./main'));
