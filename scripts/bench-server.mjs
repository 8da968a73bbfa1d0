// Static servers for `npm run bench`: one per build, gzip like any production host, and the
// SPA's index.html for every page URL. Bench only: not a server for the app.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRedirectRules, rewriteFor } from './static-pages.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json']);

/**
 * The real-backend build's /api/ requests go to BENCH_API_ORIGIN: `npm run api` (started by
 * bench.mjs), or any backend that implements the contract.
 */
function answerApi(req, res) {
  const upstream = httpRequest(
    new URL(req.url ?? '/', process.env.BENCH_API_ORIGIN),
    { method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/** Serves `dir` on 127.0.0.1:`port`; `api` sends /api/ to the backend above. */
export function serveBuild(dir, port, { api = false } = {}) {
  const cache = new Map();
  const rules = readRedirectRules();
  const load = (file) => {
    if (!cache.has(file)) {
      const body = readFileSync(file);
      const ext = extname(file);
      cache.set(file, { body, gzip: compressible.has(ext) ? gzipSync(body, { level: 9 }) : null });
    }
    return cache.get(file);
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (api && path.startsWith('/api/')) return answerApi(req, res);
    const isFile = (name) => {
      const candidate = join(dir, normalize(name));
      return candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile();
    };
    // The page a static host would serve (public/_redirects: each language's prerendered
    // sign-in); the floor page has no such page and gets its index.html.
    const request = {
      cookie: req.headers.cookie,
      acceptLanguage: req.headers['accept-language'],
    };
    const rewrite = rewriteFor(rules, path, request, isFile);
    const name = rewrite && isFile(rewrite) ? rewrite : isFile(path) ? path : '/index.html';
    const file = join(dir, normalize(name));
    const { body, gzip } = load(file);
    const ext = extname(file);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      // Hashed assets as a CDN would serve them; every bench load is cold anyway.
      'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000' : 'no-cache',
    };
    const useGzip = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (useGzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers).end(useGzip ? gzip : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
