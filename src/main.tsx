import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setApiReady } from './api/ready';
import { App } from './app/app';
import './i18n';
import './styles/index.css';

// The simulated backend loads in its own chunk; requests wait for it, the first paint does not.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  const started = import('../mocks/browser').then((mocks) => mocks.startMocking());
  setApiReady(started);
  // TEMPORARY (review-panel branch, until the integrator's boot step calls it): review tools.
  void started.then(() => import('../mocks/review')).then((review) => review.mountReviewTools());
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs <div id="root">');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
