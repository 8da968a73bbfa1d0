import { mockWorldCookie, mockWorldHeader } from '#src/api/mock-control';
import type { Result } from '../db/result';
import type { World } from '../db/storage';
import { worldNamed } from '../db/worlds';

/**
 * The world a request names: the `X-Mock-World` header (API clients, tests), else the
 * `mock-world` cookie (a browser context carries it on every request, the page's own fetches
 * included). `undefined` is the default world.
 */
export function requestWorld(
  request: Request,
  cookies: Record<string, string>,
): Result<World | undefined> {
  const named = request.headers.get(mockWorldHeader) ?? cookies[mockWorldCookie] ?? '';
  return named === '' ? { ok: true, value: undefined } : worldNamed(named);
}
