import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A body this long or shorter is read to its end and thrown away after an early answer, so
 * the connection stays usable; anything longer, or of unknown length, costs the connection.
 * 64 times the largest body the contract accepts: a client that sends more is not a client.
 */
export const DRAIN_LIMIT_BYTES = 1024 * 1024;

function declaredLength(req: IncomingMessage): number | undefined {
  const value = req.headers['content-length'];
  const length = value === undefined ? NaN : Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * An answer sent before the request's body was read (413 from `Content-Length`, a 403 or 415
 * from the headers, a 404): on a keep-alive connection the unread rest of the body would
 * otherwise be taken for the next request, which then fails (`ECONNRESET`). Node discards an
 * unread body itself only when nothing ever listened to it, and the MSW middleware always
 * wraps it in a web stream. So when the head is written while the body is still arriving:
 * a body of known length up to `DRAIN_LIMIT_BYTES` is drained once the answer is out and the
 * connection kept; any other gets `Connection: close` (drained until the socket closes), so
 * the client opens a new connection for its next request.
 */
export function settleUnreadBody(req: IncomingMessage, res: ServerResponse): void {
  let early = false;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!req.complete) {
      early = true;
      const length = declaredLength(req);
      if (length === undefined || length > DRAIN_LIMIT_BYTES) res.setHeader('Connection', 'close');
    }
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  res.once('finish', () => {
    if (!early || req.complete || req.destroyed) return;
    // What the web stream would have buffered is dropped instead: nothing reads it any more.
    req.removeAllListeners('data');
    req.resume();
  });
}
