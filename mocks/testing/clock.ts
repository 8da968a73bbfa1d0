import { expect } from 'vitest';
import { mockPaths } from '#src/api/mock-control';
import { advanceClock as advanceLocalClock } from '../db/clock';
import { apiBaseUrl, worldHeaders } from './client';

/**
 * Moves the mock's clock by `seconds`. In-process that is the store's own clock; over HTTP the
 * server's clock moves through the mock-control endpoint and this process's copy follows, so
 * `now()` (and the TOTP codes computed from it) stays the server's time.
 */
export async function advanceClock(seconds: number): Promise<void> {
  advanceLocalClock(seconds);
  if (!apiBaseUrl) return;
  const response = await fetch(`${apiBaseUrl}${mockPaths.clock}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...worldHeaders() },
    body: JSON.stringify({ advanceSeconds: seconds }),
  });
  expect(response.status, 'the server clock should move').toBe(200);
}
