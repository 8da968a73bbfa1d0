// Static servers for `npm run bench`: one per build, gzip like any production host, and the
// SPA's index.html for every page URL. Bench only: not a server for the app.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * The real-backend build asks "is anyone signed in?" only when this browser signed in before,
 * which a cold bench load never did. Until `npm run api` (the simulated backend over HTTP)
 * exists, this stub answers that one question as a signed-out server would; set
 * BENCH_API_ORIGIN=http://127.0.0.1:<port> to send every /api/ request to a real server instead.
 */
function answerApi(req, res) {
  const origin = process.env.BENCH_API_ORIGIN;
  if (origin) {
    const upstream = httpRequest(
      new URL(req.url, origin),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
    return;
  }
  if (req.method === 'GET' && req.url === '/api/session') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"user":null}');
    return;
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"error":{"code":"not_found","message":"bench stub: only GET /api/session"}}');
}

/** Serves `dir` on 127.0.0.1:`port`; `api` adds the /api/ answers above. */
export function serveBuild(dir, port, { api = false } = {}) {
  const cache = new Map();
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
    let file = join(dir, normalize(path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html');
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
