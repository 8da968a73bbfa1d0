import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createMswApp } from '@mswjs/http-middleware';
import type { RequestHandler } from 'msw';
import { headersForPath, readHeaderRules } from '#scripts/static-headers.mjs';
import { CLIENT_ADDRESS_HEADER } from '../db/password-throttle';
import { handlers } from '../handlers';
import { settleUnreadBody } from './early-answer';
import { serveStatic } from './static-files';

export type ApiServerOptions = {
  /** A built SPA to serve beside the API on the same origin (e.g. `dist-real`). */
  staticDir?: string;
  /**
   * Behind a reverse proxy that terminates TLS: believe its `X-Forwarded-Proto` (the request
   * URL, and with it `Secure` cookies and the same-origin check, become https) and take the
   * client address from the last `X-Forwarded-For` entry. Off by default: a client could
   * send those headers itself.
   */
  trustProxy?: boolean;
  /** Tests put a probe in front of the app's handlers; nothing else should. */
  extraHandlers?: RequestHandler[];
};

/**
 * Whatever a client sends as its address is replaced: only the socket (or, behind a trusted
 * proxy, the address the proxy saw) says who is calling.
 */
function setClientAddress(req: IncomingMessage, trustProxy: boolean): void {
  const forwarded = req.headers['x-forwarded-for'];
  const proxied = trustProxy && typeof forwarded === 'string' ? forwarded.split(',').at(-1) : '';
  req.headers[CLIENT_ADDRESS_HEADER] = proxied?.trim() || req.socket.remoteAddress || 'unknown';
}

/** The `_headers` set, each one unless the answer already has its own (e.g. `no-store`). */
function addDefaultHeaders(res: ServerResponse, headers: Record<string, string>): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    for (const [name, value] of Object.entries(headers)) {
      if (!res.hasHeader(name)) res.setHeader(name, value);
    }
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

/**
 * MSW answers a simulated network failure (the fault switch) with `Response.error()`, status 0,
 * which no HTTP response can carry: the connection is dropped instead, which is what a client
 * of a real server would see.
 */
function dropConnectionOnNetworkError(res: ServerResponse): void {
  let status = res.statusCode;
  Object.defineProperty(res, 'statusCode', {
    configurable: true,
    get: () => status,
    set: (value: number) => {
      if (value === 0) res.destroy();
      else status = value;
    },
  });
}

/**
 * The simulated backend over real HTTP: the very handlers the page's service worker runs,
 * through `@mswjs/http-middleware`, plus what only a network server needs (client address,
 * response headers, static files, a connection that survives an early answer). The store, clock and storage must be installed first.
 */
export function createApiServer({
  staticDir,
  trustProxy = false,
  extraHandlers = [],
}: ApiServerOptions = {}): Server {
  const api = createMswApp(...extraHandlers, ...handlers);
  api.disable('x-powered-by');
  // Express then builds the request URL (and MSW's `request.url`) from X-Forwarded-Proto.
  if (trustProxy) api.set('trust proxy', true);
  const rules = readHeaderRules();
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    setClientAddress(req, trustProxy);
    addDefaultHeaders(res, headersForPath(rules, pathname));
    settleUnreadBody(req, res);
    if (pathname.startsWith('/api/')) {
      dropConnectionOnNetworkError(res);
      api(req, res);
    } else if (staticDir) {
      serveStatic(staticDir, req, res);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not Found: this server answers /api/* (start it with --static to serve the app)\n');
    }
  });
}
