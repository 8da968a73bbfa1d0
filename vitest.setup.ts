import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { i18n, namespaces, supportedLanguages } from './src/i18n';

// Lazily loaded dialogs are transformed on first use; on a cold, shared 2-core machine that can
// take over a second, so findBy* waits up to 5 s (a ceiling, not a timing assertion).
configure({ asyncUtilTimeout: 5000 });

// jsdom has no showModal(): open and close a <dialog> the way a browser would, for role queries.
if (
  typeof HTMLDialogElement !== 'undefined' &&
  typeof HTMLDialogElement.prototype.showModal !== 'function'
) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Component tests run in jsdom (per-file pragma); unmount between tests there.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// The app loads the console's messages and every language but English lazily; component tests
// render any screen in either language straight away.
await i18n.loadNamespaces(namespaces);
await i18n.loadLanguages([...supportedLanguages]);
