import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterFirstPaint, setApiReady, afterFirstMove } from './api/ready';
import { App } from './app/app';
import { preloadEveryScreen } from './app/screens';
import { redirectSignedOutVisitor } from './app/signed-out-redirect';
import { i18n, i18nReady } from './i18n';
import './styles/index.css';

const mockMode = import.meta.env.VITE_API_MOCKING !== 'off';
const scenarioLink = mockMode && new URLSearchParams(location.search).has('scenario');
const bootMocks = () => import('#mocks/boot').then((boot) => boot.bootMocks());
// The simulated backend loads in its own chunks after the first screen is drawn; requests wait
// for it, the first paint does not. Beside the prerendered sign-in form it waits for the
// person's first move (a pointer, a key, a focus): starting it costs a phone's processor about
// a second, which a visitor who only looks never pays, and nothing is asked of it before they
// act. A scenario link is the exception: it starts the app on the screen the scenario lands on,
// so it waits, and hands the app what finishes it.
const formShown = document.documentElement.dataset.prerender === 'show';
const mocks = mockMode
  ? scenarioLink
    ? bootMocks()
    : (formShown ? afterFirstMove() : afterFirstPaint()).then(bootMocks)
  : undefined;
if (mocks) setApiReady(mocks);
if (scenarioLink) void preloadEveryScreen().catch(() => undefined);
const scenario = scenarioLink ? await mocks?.catch(() => undefined) : undefined;
// English draws at once; another language waits for its sign-in messages instead of flashing.
await i18nReady;

redirectSignedOutVisitor();
const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');

const app = (
  <StrictMode>
    <App>{scenario?.inRouter}</App>
  </StrictMode>
);
// The built page holds the sign-in form, prerendered in its language (src/prerender.tsx), and
// public/before-paint.js has shown it only where the app draws exactly that form: hydrate it.
// A page reached with history state (a notice after signing out) draws more: render afresh.
const html = document.documentElement;
const withState = (history.state as { usr?: unknown } | null)?.usr != null;
// The dev server's page has no prerendered form (`vite` serves index.html as it is).
const prerendered = html.dataset.prerender === 'show' && root.hasChildNodes();
if (prerendered && i18n.language === html.lang && !withState) {
  // As a transition, hydration yields to the browser every few milliseconds rather than
  // holding the page in one long task; the form is already drawn meanwhile.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  root.replaceChildren();
  delete html.dataset.prerender;
  createRoot(root).render(app);
}
void mocks?.then((boot) => boot.afterRender());
