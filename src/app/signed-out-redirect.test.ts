// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberSession } from '../api/session-hint';
import { redirectSignedOutVisitor } from './signed-out-redirect';

const at = (url: string) => {
  window.history.replaceState(null, '', url);
  redirectSignedOutVisitor();
  return `${window.location.pathname}${window.location.search}`;
};

afterEach(() => rememberSession(false));

describe('redirectSignedOutVisitor (before the first render)', () => {
  it('sends a console URL to sign-in, with the way back', () => {
    expect(at('/')).toBe('/sign-in');
    expect(at('/settings/profile?tab=security')).toBe(
      `/sign-in?returnTo=${encodeURIComponent('/settings/profile?tab=security')}`,
    );
  });

  it('leaves sign-in screens and unknown pages alone', () => {
    expect(at('/sign-in?returnTo=%2Fsettings')).toBe('/sign-in?returnTo=%2Fsettings');
    expect(at('/sign-in/verify')).toBe('/sign-in/verify');
    expect(at('/no-such-page')).toBe('/no-such-page');
  });

  it('leaves every URL alone when this browser may be signed in (the guard asks)', () => {
    rememberSession(true);
    expect(at('/')).toBe('/');
    expect(at('/settings/profile')).toBe('/settings/profile');
  });
});
