// Which HTML page a request gets: the rewrite rules of public/_redirects (Netlify's format), read
// the way Netlify reads them, so `vite preview`, the Node server (`npm run api --static`) and the
// bench serve the page a static host would. Only what the file uses: `from to 200[!]` and the
// condition `Language=xx`, which the `nf_lang` cookie overrides, as on Netlify.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const redirectsFile = fileURLToPath(new URL('../public/_redirects', import.meta.url));

/** `[{ from, to, force, language }]` from the text of a `_redirects` file. */
export function parseRedirects(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to, status, ...conditions] = line.split(/\s+/);
    if (!from || !to || !/^200!?$/.test(status ?? '')) {
      throw new Error(`_redirects: only "from to 200[!] [Language=xx]" is read: "${line}"`);
    }
    const rule = { from, to, force: status === '200!', language: null };
    for (const condition of conditions) {
      const match = /^Language=([a-z]{2})$/i.exec(condition);
      if (!match?.[1]) throw new Error(`_redirects: unknown condition "${condition}"`);
      rule.language = match[1].toLowerCase();
    }
    rules.push(rule);
  }
  return rules;
}

/** The rules of public/_redirects. */
export function readRedirectRules() {
  return parseRedirects(readFileSync(redirectsFile, 'utf8'));
}

/** The visitor's language as Netlify reads it: `nf_lang`, else Accept-Language's first tag. */
export function requestLanguage({ cookie = '', acceptLanguage = '' }) {
  const chosen = /(?:^|;\s*)nf_lang=([^;]*)/.exec(cookie)?.[1];
  const tag = chosen || acceptLanguage.split(',')[0]?.split(';')[0]?.trim() || 'en';
  return tag.slice(0, 2).toLowerCase();
}

const matches = (pattern, pathname) =>
  pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;

/**
 * The page to serve for `pathname`, or null to serve the path as it is. A rule without `!` does
 * not apply where a file exists (`fileExists(pathname)`), as on Netlify.
 */
export function rewriteFor(rules, pathname, request, fileExists) {
  const language = requestLanguage(request);
  for (const rule of rules) {
    if (!matches(rule.from, pathname)) continue;
    if (rule.language && rule.language !== language) continue;
    if (!rule.force && fileExists(pathname)) return null;
    return rule.to;
  }
  return null;
}
