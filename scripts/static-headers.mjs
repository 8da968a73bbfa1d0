// The app's response headers, read from public/_headers (Netlify / Cloudflare Pages format), so
// the static hosts, `vite preview` and the Node server (`npm run api`) send one and the same set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const headersFile = fileURLToPath(new URL('../public/_headers', import.meta.url));

/** `[{ pattern, headers: [[name, value]] }]` from the text of a `_headers` file. */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `/*` matches everything, `/assets/*` what starts with `/assets/`, anything else itself. */
function matches(pattern, pathname) {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** The headers for one path; a later rule's value for a header replaces an earlier one's. */
export function headersForPath(rules, pathname) {
  const headers = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

/** The API's origin joins connect-src when the SPA calls a backend on another origin. */
export function withApiOrigin(text, apiBaseUrl) {
  if (!apiBaseUrl) return text;
  const origin = new URL(apiBaseUrl).origin;
  return text.replace(/connect-src 'self'/g, `connect-src 'self' ${origin}`);
}

/** The rules of public/_headers, for a build that talks to `apiBaseUrl` (if any). */
export function readHeaderRules(apiBaseUrl) {
  return parseHeaders(withApiOrigin(readFileSync(headersFile, 'utf8'), apiBaseUrl));
}
