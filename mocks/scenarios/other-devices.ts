import type { SeededSessionResponse } from '#src/api/mock-control';
import { locateAddress, type Client } from '../db/device';
import type { SessionRecord, Store, UserRecord } from '../db/schema';
import { createSession } from '../db/sessions';

/**
 * The other devices that scenarios and the review panel sign in, at documentation addresses
 * (RFC 5737, RFC 3849) that the place table knows, with the browsers people recognise.
 */
export const otherDevices = {
  /** An iPhone in Osaka. */
  phone: {
    address: '198.51.100.24',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  },
  /** A Mac in Toronto. */
  mac: {
    address: '203.0.113.7',
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
  },
  /** An old Windows laptop in Berlin. */
  laptop: {
    address: '2001:db8::42',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  },
} satisfies Record<string, Client>;

/**
 * Another session of `user` that started `startedAgo` ms ago and last made a request
 * `activeAgo` ms ago, as if the clock had run: both inside the idle and absolute limits, so it
 * is live.
 */
export function otherSession(
  store: Store,
  user: UserRecord,
  client: Client,
  startedAgo: number,
  activeAgo: number,
): SessionRecord {
  const session = createSession(store, user.id, client);
  session.createdAt -= startedAgo;
  session.lastSeenAt -= activeAgo;
  session.lastActiveAt = session.lastSeenAt;
  return session;
}

const MINUTE = 60 * 1000;

/** The review panel's "Add a signed-in phone": the iPhone signed in 10 minutes ago. */
export function addSignedInPhone(store: Store, user: UserRecord): SeededSessionResponse {
  otherSession(store, user, otherDevices.phone, 10 * MINUTE, MINUTE);
  const { address } = otherDevices.phone;
  return { accountEmail: user.email, address, location: locateAddress(address) };
}
