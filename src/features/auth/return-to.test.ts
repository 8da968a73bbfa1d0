import { describe, expect, it } from 'vitest';
import { sanitizeReturnTo, signInPath } from './return-to';

describe('sanitizeReturnTo', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(sanitizeReturnTo('/settings/profile')).toBe('/settings/profile');
    expect(sanitizeReturnTo('/settings/profile?tab=mfa#security')).toBe(
      '/settings/profile?tab=mfa#security',
    );
    expect(sanitizeReturnTo('/')).toBe('/');
    // Encoded characters stay encoded: a harmless in-app path.
    expect(sanitizeReturnTo('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it.each([
    'https://evil.example/phish',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'settings/profile',
    '',
    '/sign-in',
    '/sign-in/verify?x=1',
    `/${'a'.repeat(2001)}`,
  ])('rejects %j', (value) => {
    expect(sanitizeReturnTo(value)).toBeNull();
  });

  it('rejects what is not a string', () => {
    expect(sanitizeReturnTo(undefined)).toBeNull();
    expect(sanitizeReturnTo(['/a'])).toBeNull();
  });
});

describe('signInPath', () => {
  it('carries a safe returnTo and drops the rest', () => {
    expect(signInPath('/settings/profile?x=1')).toBe(
      '/sign-in?returnTo=%2Fsettings%2Fprofile%3Fx%3D1',
    );
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath(null)).toBe('/sign-in');
  });
});
