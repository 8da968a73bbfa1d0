// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, forcedTheme, restoreTheme } from './theme';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('theme', () => {
  it('forces a theme on <html> and remembers it under the mock prefix', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('zen-console-mock:theme')).toBe('dark');
    expect(forcedTheme()).toBe('dark');
  });

  it('follows the system again with null, and forgets the choice', () => {
    applyTheme('light');
    applyTheme(null);
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(localStorage.getItem('zen-console-mock:theme')).toBeNull();
    expect(forcedTheme()).toBeNull();
  });

  it('puts back a remembered theme, and ignores anything else stored', () => {
    localStorage.setItem('zen-console-mock:theme', 'light');
    restoreTheme();
    expect(document.documentElement.dataset.theme).toBe('light');

    document.documentElement.removeAttribute('data-theme');
    localStorage.setItem('zen-console-mock:theme', 'purple');
    restoreTheme();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
