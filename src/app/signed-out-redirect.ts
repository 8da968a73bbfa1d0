import { matchRoutes } from 'react-router';
import { maySessionExist } from '../api/session-hint';
import { signInPath } from '../features/auth/return-to';
import { appRoutes, consoleRouteId } from './routes';

/**
 * Before the first render: a console URL opened by a browser that never signed in goes
 * straight to /sign-in?returnTo=…, as the guard would send it, but without first rendering the
 * guard and then the sign-in screen (the redirect from "/" is the common case). The guard still
 * handles every later navigation.
 */
export function redirectSignedOutVisitor(): void {
  if (maySessionExist()) return;
  const matches = matchRoutes(appRoutes, window.location.pathname);
  if (!matches?.some(({ route }) => route.id === consoleRouteId)) return;
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', signInPath(`${pathname}${search}${hash}`));
}
