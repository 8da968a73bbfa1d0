import type { MockAuthenticator } from '#src/api/mock-control';
import { now } from './clock';
import { appFactors } from './factors';
import type { Store } from './schema';
import { mfaIssuer } from './totp';

/**
 * Every TOTP secret the simulated server holds: active ones (MFA on) and pending enrollments that
 * have not expired. The review panel's virtual authenticator reads them, as a phone app would
 * have them after scanning; only the mock can hand them out (a real backend never does, SEC-2).
 */
export function listAuthenticators(store: Store): MockAuthenticator[] {
  const at = now();
  const issuer = mfaIssuer();
  const found: MockAuthenticator[] = [];
  for (const user of store.users) {
    for (const factor of appFactors(user)) {
      found.push({ accountEmail: user.email, issuer, secret: factor.secret, kind: 'active' });
    }
    if (user.enrollment && at < user.enrollment.expiresAt) {
      found.push({
        accountEmail: user.email,
        issuer,
        secret: user.enrollment.secret,
        kind: 'pending',
      });
    }
  }
  return found;
}
