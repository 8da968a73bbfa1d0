import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/ready';
import { rememberSession } from './api/session-hint';
import { App } from './app/app';
import { i18nReady } from './i18n';
import './styles/index.css';

// The simulated backend loads in its own chunk; requests wait for it, the first paint does not.
const mocks =
  import.meta.env.VITE_API_MOCKING !== 'off'
    ? import('../mocks/boot').then((boot) => boot.bootMocks())
    : undefined;
if (mocks) setApiReady(mocks);
// A scenario link (mock mode) starts the app on the screen the scenario lands on, not at "/".
// The scenario may have started a session outside the app: let the app ask the server.
if (mocks && new URLSearchParams(location.search).has('scenario')) {
  await mocks.catch(() => undefined);
  rememberSession(true);
}
// English draws at once; another language waits for its sign-in messages instead of flashing.
await i18nReady;

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void mocks?.then((boot) => boot.afterRender());
