import { expect, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { createWorldResponseSchema, mockPaths, mockWorldCookie } from '#src/api/mock-control';

/** Both names the servers answer to: specs with keys open the app on `localhost`. */
function hostsOf(baseURL: string): string[] {
  const url = new URL(baseURL);
  const other =
    url.hostname === '127.0.0.1' ? 'localhost' : url.hostname === 'localhost' ? '127.0.0.1' : null;
  return [url.origin, ...(other ? [`${url.protocol}//${other}:${url.port}`] : [])];
}

/**
 * Gives the test a world of its own on the shared backend (docs/http-backend.md#worlds): the
 * `mock-world` cookie on the browser context, so the page's every request (its own fetches and
 * the `mock` fixture's, which go through the page) and `page.request` act in it.
 * False when the backend has no worlds (it answers 404 `not_found`).
 */
export async function enterNewWorld(
  request: APIRequestContext,
  context: BrowserContext,
  baseURL: string | undefined,
): Promise<boolean> {
  const created = await request.post(mockPaths.worlds);
  if (created.status() === 404) return false;
  expect(created.status(), `POST ${mockPaths.worlds}: ${await created.text()}`).toBe(201);
  const { id } = createWorldResponseSchema.parse(await created.json()).world;
  if (!baseURL) throw new Error('the real-backend project needs a baseURL');
  await context.addCookies(
    hostsOf(baseURL).map((url) => ({ name: mockWorldCookie, value: id, url })),
  );
  return true;
}
