/**
 * Whether this browser may hold a session, remembered by the SPA itself. A first visit, or one
 * after signing out, has no hint: the sign-in form shows at once, without asking the server
 * (or waiting for the simulated backend to start). With the hint the session is checked before
 * anything is drawn, so a signed-in person never sees the form flash. A stale hint costs one
 * request. Only a session started outside the app (a mock scenario) needs `rememberSession`.
 */
const hintKey = 'zenconsole.session';

export function maySessionExist(): boolean {
  try {
    return globalThis.localStorage?.getItem(hintKey) === '1';
  } catch {
    // Storage is blocked: ask the server rather than guess "signed out".
    return true;
  }
}

export function rememberSession(signedIn: boolean): void {
  try {
    if (signedIn) globalThis.localStorage?.setItem(hintKey, '1');
    else globalThis.localStorage?.removeItem(hintKey);
  } catch {
    // Not remembered: the next visit asks the server, or shows the form.
  }
}
