import { describe, expect, it } from 'vitest';
import {
  headersForPath,
  parseHeaders,
  readHeaderRules,
  withApiOrigin,
} from '#scripts/static-headers.mjs';

describe('public/_headers', () => {
  const all = headersForPath(readHeaderRules(), '/');
  const csp = all['Content-Security-Policy'] ?? '';

  it('sets a CSP without inline script or eval, framing nobody, plus the other headers', () => {
    const directives = Object.fromEntries(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'img-src': "'self' data: blob:",
      'object-src': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(all).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    expect(all['Permissions-Policy']).toContain('camera=()');
  });

  it('caches hashed assets for good, and nothing else', () => {
    const rules = readHeaderRules();
    expect(headersForPath(rules, '/assets/entry-abc.js')['Cache-Control']).toContain('immutable');
    expect(headersForPath(rules, '/index.html')['Cache-Control']).toBeUndefined();
  });

  it('opens connect-src to the API origin of a build for another backend', () => {
    const rules = readHeaderRules('https://api.example.com/v1/');
    expect(headersForPath(rules, '/')['Content-Security-Policy']).toContain(
      "connect-src 'self' https://api.example.com;",
    );
    expect(withApiOrigin("connect-src 'self'", undefined)).toBe("connect-src 'self'");
  });
});

describe('parseHeaders', () => {
  it('reads the Netlify / Cloudflare Pages format: comments, paths, indented headers', () => {
    const rules = parseHeaders('# note\n/*\n  A: 1\n  B: x: y\n\n/docs/*\n  A: 2\n');
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['A', '1'],
          ['B', 'x: y'],
        ],
      },
      { pattern: '/docs/*', headers: [['A', '2']] },
    ]);
    expect(headersForPath(rules, '/docs/a')).toEqual({ A: '2', B: 'x: y' });
    expect(() => parseHeaders('  A: 1')).toThrow(/cannot read/);
  });
});
