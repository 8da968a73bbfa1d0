import { describe, expect, it } from 'vitest';
import { prerenderedPages } from './prerender-plugin.mjs';
import { parseRedirects, readRedirectRules, requestLanguage, rewriteFor } from './static-pages.mjs';

const rules = readRedirectRules();
const noFile = () => false;
const page = (pathname: string, request: { cookie?: string; acceptLanguage?: string }) =>
  rewriteFor(rules, pathname, request, (path) => path === '/index.html' || path === '/app.js');

describe('public/_redirects, read as Netlify reads it', () => {
  it('serves the Chinese page at / and /sign-in to a browser asking for Chinese first', () => {
    const chinese = `/${prerenderedPages['zh-CN']}`;
    for (const acceptLanguage of ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-TW', 'zh'])
      for (const pathname of ['/', '/sign-in']) {
        expect(page(pathname, { acceptLanguage })).toBe(chinese);
      }
    expect(page('/sign-in', { acceptLanguage: 'en-US,zh-CN;q=0.5' })).toBe('/index.html');
    expect(page('/', { acceptLanguage: 'en-US' })).toBe('/index.html');
  });

  it('lets the language switch’s nf_lang cookie override the browser’s language', () => {
    expect(requestLanguage({ cookie: 'a=1; nf_lang=en', acceptLanguage: 'zh-CN' })).toBe('en');
    expect(requestLanguage({ cookie: 'nf_lang=zh', acceptLanguage: 'en-US' })).toBe('zh');
    expect(page('/sign-in', { cookie: 'nf_lang=en', acceptLanguage: 'zh-CN' })).toBe('/index.html');
  });

  it('gives the Chinese page its own address, and every other path the app', () => {
    expect(page('/zh-CN/sign-in', {})).toBe('/zh-CN/index.html');
    expect(page('/zh-CN/', {})).toBe('/zh-CN/index.html');
    expect(page('/settings/profile', { acceptLanguage: 'zh-CN' })).toBe('/index.html');
    // A file is served as it is unless a rule is forced ("200!").
    expect(page('/app.js', { acceptLanguage: 'zh-CN' })).toBeNull();
  });

  it('refuses a rule it cannot read rather than serve the wrong page', () => {
    expect(() => parseRedirects('/old /new 301')).toThrow(/only/);
    expect(() => parseRedirects('/ /zh/ 200 Country=cn')).toThrow(/unknown condition/);
    expect(parseRedirects('# note\n/a  /b  200!  Language=ZH')).toEqual([
      { from: '/a', to: '/b', force: true, language: 'zh' },
    ]);
    expect(rewriteFor(parseRedirects('/a /b 200'), '/a', {}, noFile)).toBe('/b');
  });
});
