import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { readRedirectRules, rewriteFor } from '#scripts/static-pages.mjs';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

function fileAt(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded}`);
  // Nothing outside the folder, however the path is spelled (`..`, encoded slashes).
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, method: string, file: string, cacheControl?: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
  res.setHeader('Content-Length', statSync(file).size);
  if (cacheControl) res.setHeader('Cache-Control', cacheControl);
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

const redirectRules = readRedirectRules();

/**
 * The built SPA from `root`: files as they are, and for any other path without a file extension
 * the page public/_redirects names (the sign-in form prerendered in the visitor's language at "/"
 * and "/sign-in", `index.html` elsewhere), so a reload on `/settings/profile` opens the app
 * (React Router takes over). Pages are revalidated on every load; hashed assets get their
 * caching from `_headers`.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  const absoluteRoot = resolve(root);
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const request = {
    cookie: req.headers.cookie,
    acceptLanguage: req.headers['accept-language'],
  };
  const file = fileAt(absoluteRoot, pathname);
  const exists = (path: string) => fileAt(absoluteRoot, path) !== undefined;
  const rewrite = rewriteFor(redirectRules, pathname, request, exists);
  // A missing file (a path with an extension) is a 404, never a page.
  const page = rewrite && (file || extname(pathname) === '') && fileAt(absoluteRoot, rewrite);
  if (page) return send(res, method, page, 'no-cache');
  if (file) return send(res, method, file, file.endsWith('.html') ? 'no-cache' : undefined);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not Found\n');
}
