import Bowser from 'bowser';

/**
 * Who is calling, as the backend can know it: the address the HTTP server saw on the socket
 * (null in the page's own worker, which has none) and the browser's User-Agent header.
 */
export type Client = { address: string | null; userAgent: string };

type DeviceKind = 'desktop' | 'phone' | 'tablet';

/** What a person recognises a session or an event by: browser, operating system, device. */
export type Device = { browser: string | null; os: string | null; kind: DeviceKind };

/** Parsed with bowser (MIT), not a hand-written pattern list: user agents change too often. */
export function describeDevice(userAgent: string): Device {
  if (!userAgent) return { browser: null, os: null, kind: 'desktop' };
  const parsed = Bowser.parse(userAgent);
  const platform = parsed.platform.type;
  const kind: DeviceKind =
    platform === 'mobile' ? 'phone' : platform === 'tablet' ? 'tablet' : 'desktop';
  return { browser: parsed.browser.name ?? null, os: parsed.os.name ?? null, kind };
}

/**
 * A small seeded table of places for documentation addresses (RFC 5737, RFC 3849) and
 * loopback: the simulated backend has no geolocation database, and a real one would answer
 * "unknown" for most private addresses too.
 */
const places: ReadonlyArray<readonly [prefix: string, place: string]> = [
  ['192.0.2.', 'Lisbon, Portugal'],
  ['198.51.100.', 'Osaka, Japan'],
  ['203.0.113.', 'Toronto, Canada'],
  ['2001:db8:', 'Berlin, Germany'],
  ['127.', 'This computer'],
  ['::1', 'This computer'],
  ['::ffff:127.', 'This computer'],
];

export function locateAddress(address: string | null): string | null {
  if (!address) return null;
  return places.find(([prefix]) => address.startsWith(prefix))?.[1] ?? null;
}
