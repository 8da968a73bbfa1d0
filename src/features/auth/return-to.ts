const signInPrefix = '/sign-in';
const probeOrigin = 'https://zenconsole.invalid';

/**
 * A `returnTo` is only followed when it is a path on this site: one leading slash, no
 * backslashes or control characters (browsers read `/\evil.com` and `/\t/evil.com` as another
 * host), and not the sign-in screens themselves. Anything else gives null: go to the console home.
 */
export function sanitizeReturnTo(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  if (/[\\\p{Cc}]/u.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return null;
  }
  if (url.origin !== probeOrigin) return null;
  if (url.pathname === signInPrefix || url.pathname.startsWith(`${signInPrefix}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in`, with `?returnTo=` when there is somewhere worth returning to. */
export function signInPath(returnTo?: string | null): string {
  const safe = sanitizeReturnTo(returnTo);
  if (!safe || safe === '/') return signInPrefix;
  return `${signInPrefix}?${new URLSearchParams({ returnTo: safe }).toString()}`;
}
