// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setupMockServer } from '#mocks/testing/server';
import { i18n, matchBrowserLanguage } from '../i18n';
import { renderApp } from './test-utils';

setupMockServer();

afterEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});

describe('language', () => {
  it('follows the browser: any Chinese gets zh-CN, anything else English', () => {
    expect(matchBrowserLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(matchBrowserLanguage(['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(matchBrowserLanguage(['de'])).toBe('en');
  });

  it('switches the page, <html lang> and the title, and remembers the choice', async () => {
    await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await userEvent.setup().selectOptions(screen.getByLabelText('Language'), '简体中文');

    expect(await screen.findByRole('heading', { level: 1, name: '登录' })).toBeInTheDocument();
    expect(screen.getByLabelText('电子邮箱')).toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toHaveValue('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('登录 · zenConsole');
    expect(localStorage.getItem('zenconsole.language')).toBe('zh-CN');
  });
});
