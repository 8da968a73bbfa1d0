import * as z from 'zod/mini';
import { ApiError } from './api-error';
import { errorBodySchema } from './errors';
import { whenApiReady } from './ready';

/** Empty in mock mode (same origin); set `VITE_API_BASE_URL` to point the SPA at a real backend. */
const baseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '';

type RequestOptions<T extends z.ZodMiniType> = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  schema: T;
  signal?: AbortSignal;
};

/**
 * The one way the SPA talks to the API: JSON in, JSON out, every response parsed with the
 * contract's schema, every failure turned into an `ApiError` with a stable code.
 */
export async function apiRequest<T extends z.ZodMiniType>(
  path: string,
  { method = 'GET', body, schema, signal }: RequestOptions<T>,
): Promise<z.infer<T>> {
  await whenApiReady();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      signal,
      credentials: baseUrl ? 'include' : 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network');
  }
  if (response.status === 204) return schema.parse(undefined);
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success)
      throw new ApiError(response.status, parsed.data.error.code, parsed.data.error);
    throw new ApiError(response.status, response.status >= 500 ? 'internal_error' : 'bad_response');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response');
  return parsed.data;
}

/** For endpoints that answer 204 No Content. */
export const noContentSchema = z.undefined();

/**
 * A download (the activity export): the server's bytes as they are, for the browser to save.
 * Same credentials and the same `ApiError`s as `apiRequest`.
 */
export async function apiDownload(path: string): Promise<Blob> {
  await whenApiReady();
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      credentials: baseUrl ? 'include' : 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (response.ok) return response.blob();
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success)
    throw new ApiError(response.status, parsed.data.error.code, parsed.data.error);
  throw new ApiError(response.status, response.status >= 500 ? 'internal_error' : 'bad_response');
}
