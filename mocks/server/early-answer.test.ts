import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { mockPaths } from '#src/api/mock-control';
import { resetStore } from '../db/db';
import { MapStorage, installStorage } from '../db/storage';
import { createApiServer } from './api-server';
import { DRAIN_LIMIT_BYTES } from './early-answer';

type Sent = { status: number; connection?: string; body: string; reused: boolean };

let server: Server;
let port = 0;

beforeAll(async () => {
  installStorage(new MapStorage(), { volatile: true });
  await resetStore();
  server = createApiServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/**
 * One request through `agent`, as a browser or Node's fetch sends it: one socket kept alive
 * between requests. `chunks` are written one after the other (chunked when no length is set);
 * `unfinished`: the body's end is sent only once the answer has come, as from a slow client.
 */
function send(
  agent: Agent,
  method: string,
  path: string,
  chunks: string[] = [],
  headers: Record<string, string> = {},
  unfinished = false,
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method, path, agent, headers },
      (response) => {
        if (unfinished) outgoing.end();
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            body,
            reused: outgoing.reusedSocket,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    for (const chunk of chunks) outgoing.write(chunk);
    if (!unfinished) outgoing.end();
  });
}

const json = (length: number) => JSON.stringify({ padding: 'x'.repeat(length) });
const declared = (body: string) => ({
  'content-type': 'application/json',
  'content-length': String(Buffer.byteLength(body)),
});

describe('an answer sent before the body was read', () => {
  it('a 413 from Content-Length drains the body: the next request reuses the connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const big = json(200_000);
    for (let round = 0; round < 3; round += 1) {
      const refused = await send(agent, 'POST', apiPaths.signIn, [big], declared(big));
      expect(refused.status).toBe(413);
      expect(refused.body).toContain('payload_too_large');
      expect(refused.connection).toBe('keep-alive');
      const next = await send(agent, 'GET', mockPaths.status);
      expect(next.status).toBe(200);
      expect(next.reused).toBe(true);
    }
    agent.destroy();
  });

  it('past the drain limit, says Connection: close; the next request opens a new one', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const huge = json(DRAIN_LIMIT_BYTES + 1);
    const refused = await send(agent, 'POST', apiPaths.signIn, [huge], declared(huge));
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    const next = await send(agent, 'GET', mockPaths.status);
    expect(next.status).toBe(200);
    expect(next.reused).toBe(false);
    agent.destroy();
  });

  it('a chunked body still arriving when refused closes the connection', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const chunks = ['{"p":"', ...Array.from({ length: 8 }, () => 'x'.repeat(4096))];
    const headers = { 'content-type': 'application/json' };
    const refused = await send(agent, 'POST', apiPaths.signIn, chunks, headers, true);
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    expect(await send(agent, 'GET', mockPaths.status)).toMatchObject({
      status: 200,
      reused: false,
    });
    // Sent whole before the answer, it is drained like any other: the connection stays.
    const whole = await send(agent, 'POST', apiPaths.signIn, chunks, headers);
    expect(whole.status).toBe(413);
    expect((await send(agent, 'GET', mockPaths.status)).status).toBe(200);
    agent.destroy();
  });

  it('other early answers (415, an unrouted path) leave the connection usable too', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const text = 'y'.repeat(10_000);
    const headers = { 'content-type': 'text/plain', 'content-length': String(text.length) };
    expect((await send(agent, 'POST', apiPaths.signIn, [text], headers)).status).toBe(415);
    expect((await send(agent, 'GET', mockPaths.status)).status).toBe(200);
    const big = json(100_000);
    expect((await send(agent, 'PUT', '/api/nowhere', [big], declared(big))).status).toBe(413);
    const after = await send(agent, 'GET', mockPaths.status);
    expect(after).toMatchObject({ status: 200, reused: true });
    agent.destroy();
  });

  it('a body read to its end keeps the connection as before', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'wrong' });
    const first = await send(agent, 'POST', apiPaths.signIn, [body], declared(body));
    expect(first.status).toBe(401);
    expect(first.connection).toBe('keep-alive');
    expect(await send(agent, 'GET', mockPaths.status)).toMatchObject({ status: 200, reused: true });
    agent.destroy();
  });
});
