import type { Client } from '../db/device';
import { CLIENT_ADDRESS_HEADER } from '../db/password-throttle';

/**
 * The caller as `Client`: over HTTP the address the server saw (mocks/server/api-server.ts
 * replaces any header of that name a client sent); in the page's own worker, none.
 */
export function clientOf(request: Request): Client {
  const inPage = typeof location !== 'undefined';
  const address = inPage ? null : request.headers.get(CLIENT_ADDRESS_HEADER);
  // A page's fetch carries no User-Agent header of its own; the page's navigator knows it.
  const userAgent = request.headers.get('user-agent') ?? (inPage ? navigator.userAgent : '');
  return { address, userAgent };
}
