// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app/app';
import { i18n } from './i18n';
import { prerenderedPath, prerenderSignIn } from './prerender';

// What loads at the visitor's first move (the next step's code) would outlive the test.
vi.mock('./api/ready', async (original) => ({
  ...(await original<object>()),
  afterFirstMove: () => new Promise<void>(() => {}),
}));

// Only here do the server and the client renderer share one process (the build renders in Node,
// the browser hydrates): React's development build notes it. Any other message fails the test.
const sharedProcessNote = 'Detected multiple renderers concurrently rendering';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the prerendered sign-in screen', () => {
  it('holds the product name, heading, labelled fields and button, in each language', async () => {
    const english = await prerenderSignIn('en');
    expect(english.title).toBe('Sign in · zenConsole');
    for (const text of ['zenConsole', '>Sign in</h1>', '>Email</label>', '>Password</label>'])
      expect(english.html).toContain(text);
    expect(english.html).toMatch(/<form[^>]* method="post"/);

    const chinese = await prerenderSignIn('zh-CN');
    expect(chinese.title).toBe('登录 · zenConsole');
    expect(chinese.html).toContain('>登录</h1>');
    expect(chinese.html).not.toContain('>Sign in</h1>');
  });

  it('is hydrated by the app without a mismatch, and nothing in it changes', async () => {
    const { html } = await prerenderSignIn('en');
    window.history.replaceState(null, '', prerenderedPath);
    document.body.innerHTML = `<div id="root">${html}</div>`;
    const root = document.getElementById('root') as HTMLElement;
    const before = root.innerHTML;
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    const started = vi.fn();
    document.addEventListener('zen:app-started', started);
    await act(async () => {
      hydrateRoot(
        root,
        <StrictMode>
          <App />
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
    });
    expect(recoverable).not.toHaveBeenCalled();
    const messages = consoleError.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((message) => !message.startsWith(sharedProcessNote))).toEqual([]);
    expect(started).toHaveBeenCalled();
    expect(root.innerHTML).toBe(before);
  });
});
