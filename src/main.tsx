import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/ready';
import { App } from './app/app';
import './i18n';
import './styles/index.css';

// The simulated backend loads in its own chunk; requests wait for it, the first paint does not.
const mocks =
  import.meta.env.VITE_API_MOCKING !== 'off'
    ? import('../mocks/boot').then((boot) => boot.bootMocks())
    : undefined;
if (mocks) setApiReady(mocks);
// A scenario link (mock mode) starts the app on the screen the scenario lands on, not at "/".
if (mocks && new URLSearchParams(location.search).has('scenario')) {
  await mocks.catch(() => undefined);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void mocks?.then((boot) => boot.afterRender());
