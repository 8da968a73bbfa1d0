import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { appStartedEvent } from './app/app';

const script = readFileSync(new URL('../public/before-paint.js', import.meta.url), 'utf8');

type Visit = {
  url: string;
  pageLanguage: 'en' | 'zh-CN';
  prerendered?: boolean;
  stored?: Record<string, string>;
  languages?: string[];
};

/** Runs public/before-paint.js in a fake page; what it decided, and the fake's parts. */
function visit({
  url,
  pageLanguage,
  prerendered = true,
  stored = {},
  languages = ['en-US'],
}: Visit) {
  const address = new URL(url, 'https://console.example');
  const attributes: Record<string, string> = {};
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const storage = new Map(Object.entries(stored));
  const page = {
    replaced: null as string | null,
    address: `${address.pathname}${address.search}`,
  };
  class FakeForm {
    isConnected = true;
    requestSubmit = vi.fn();
  }
  class FakeLink {
    isConnected = true;
    click = vi.fn();
    constructor(
      readonly origin = address.origin,
      readonly target = '',
    ) {}
    closest() {
      return this;
    }
  }
  runInNewContext(script, {
    HTMLFormElement: FakeForm,
    HTMLAnchorElement: FakeLink,
    setTimeout: (run: () => void) => run(),
    navigator: { languages, language: languages[0] },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
    },
    location: {
      origin: address.origin,
      pathname: address.pathname,
      search: address.search,
      hash: '',
      replace: (to: string) => (page.replaced = to),
    },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, to: string) => (page.address = to),
    },
    document: {
      documentElement: {
        lang: pageLanguage,
        hasAttribute: (name: string) => name === 'data-prerendered' && prerendered,
        setAttribute: (name: string, value: string) => (attributes[name] = value),
      },
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        (listeners[type] ??= []).push(listener),
    },
    get window() {
      return this;
    },
  });
  const dispatch = (type: string, event: unknown = {}) =>
    listeners[type]?.forEach((listener) => listener(event));
  return { decision: attributes['data-prerender'], page, storage, dispatch, FakeForm, FakeLink };
}

describe('public/before-paint.js: whether the prerendered sign-in form may paint', () => {
  it('uses the app’s storage keys and start event', () => {
    expect(script).toContain(`'${appStartedEvent}'`);
    expect(readFileSync(new URL('./i18n/index.ts', import.meta.url), 'utf8')).toContain(
      "'zenconsole.language'",
    );
    expect(readFileSync(new URL('./api/session-hint.ts', import.meta.url), 'utf8')).toContain(
      "'zenconsole.session'",
    );
  });

  it('shows the form at / and /sign-in to a signed-out visitor in the page’s language', () => {
    for (const url of ['/', '/sign-in', '/sign-in?returnTo=%2Fsettings%2Fprofile'])
      expect(visit({ url, pageLanguage: 'en' }).decision).toBe('show');
    expect(visit({ url: '/sign-in', pageLanguage: 'zh-CN', languages: ['zh-TW'] }).decision).toBe(
      'show',
    );
  });

  it('keeps it hidden where the app draws something else', () => {
    const signedIn = { 'zenconsole.session': '1' };
    expect(visit({ url: '/', pageLanguage: 'en', stored: signedIn }).decision).toBe('hide');
    expect(visit({ url: '/forgot-password', pageLanguage: 'en' }).decision).toBe('hide');
    expect(visit({ url: '/sign-in?scenario=totp-challenge', pageLanguage: 'en' }).decision).toBe(
      'hide',
    );
    // A Chinese page reached while English is the choice (a host's rule without the cookie).
    const english = { 'zenconsole.language': 'en' };
    expect(visit({ url: '/sign-in', pageLanguage: 'zh-CN', stored: english }).decision).toBe(
      'hide',
    );
  });

  it('sends a visitor who wants Chinese to the Chinese page before anything paints', () => {
    const browser = visit({ url: '/sign-in?returnTo=%2F', pageLanguage: 'en', languages: ['zh'] });
    expect(browser.page.replaced).toBe('/zh-CN/sign-in?returnTo=%2F');
    expect(browser.decision).toBe('hide');
    const chosen = visit({
      url: '/',
      pageLanguage: 'en',
      stored: { 'zenconsole.language': 'zh-CN' },
    });
    expect(chosen.page.replaced).toBe('/zh-CN/');
  });

  it('runs the Chinese page at the plain address, and its address chooses Chinese', () => {
    const door = visit({ url: '/zh-CN/sign-in', pageLanguage: 'zh-CN', languages: ['en-US'] });
    expect(door.page.address).toBe('/sign-in');
    expect(door.storage.get('zenconsole.language')).toBe('zh-CN');
    expect(door.decision).toBe('show');
    expect(visit({ url: '/zh-CN/', pageLanguage: 'zh-CN' }).page.address).toBe('/');
  });

  it('leaves a page without the prerendered form alone (the dev server’s)', () => {
    const dev = visit({ url: '/', pageLanguage: 'en', prerendered: false, languages: ['zh-CN'] });
    expect(dev.page.replaced).toBeNull();
    expect(dev.decision).toBeUndefined();
  });

  it('holds a submit made before the app starts, and sends it once it has', () => {
    const early = visit({ url: '/sign-in', pageLanguage: 'en' });
    const form = new early.FakeForm();
    const submit = { target: form, preventDefault: vi.fn() };
    early.dispatch('submit', submit);
    expect(submit.preventDefault).toHaveBeenCalled();
    expect(form.requestSubmit).not.toHaveBeenCalled();
    early.dispatch(appStartedEvent);
    expect(form.requestSubmit).toHaveBeenCalledTimes(1);
    // Once started, the app's own handler has every submit.
    const later = { target: form, preventDefault: vi.fn() };
    early.dispatch('submit', later);
    expect(later.preventDefault).not.toHaveBeenCalled();
  });

  it('holds a link followed before the app starts, and follows it through the app', () => {
    const early = visit({ url: '/sign-in', pageLanguage: 'en' });
    const forgot = new early.FakeLink();
    const click = (target: unknown, more = {}) => ({
      target,
      button: 0,
      preventDefault: vi.fn(),
      ...more,
    });
    const first = click(forgot);
    early.dispatch('click', first);
    expect(first.preventDefault).toHaveBeenCalled();
    // A new tab, another site, or a new window stay the browser's.
    for (const other of [
      click(forgot, { metaKey: true }),
      click(new early.FakeLink('https://elsewhere.example')),
      click(new early.FakeLink(undefined, '_blank')),
    ]) {
      early.dispatch('click', other);
      expect(other.preventDefault).not.toHaveBeenCalled();
    }
    expect(forgot.click).not.toHaveBeenCalled();
    early.dispatch(appStartedEvent);
    expect(forgot.click).toHaveBeenCalledTimes(1);
    const later = click(forgot);
    early.dispatch('click', later);
    expect(later.preventDefault).not.toHaveBeenCalled();
  });
});
