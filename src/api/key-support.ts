import { useEffect, useState } from 'react';
import type * as Ceremony from './webauthn-ceremony';

let ceremony: Promise<typeof Ceremony> | undefined;

/**
 * `@simplewebauthn/browser` and the contract's key schemas, loaded once, on first need: when a
 * screen that offers a key mounts, or when a key action starts. A failed download is tried
 * again next time rather than remembered.
 */
export function preloadKeyCeremony(): Promise<typeof Ceremony> {
  ceremony ??= import('./webauthn-ceremony').catch((error: unknown) => {
    ceremony = undefined;
    throw error;
  });
  return ceremony;
}

export type KeySupport = 'checking' | 'supported' | 'unsupported';

/**
 * Whether this browser can use security keys (the library's `browserSupportsWebAuthn()`),
 * asked only where a key is on offer: no dead button, and no download for anyone else.
 */
export function useKeySupport(wanted: boolean): KeySupport {
  const [support, setSupport] = useState<KeySupport>('checking');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    preloadKeyCeremony().then(
      (module) => live && setSupport(module.keysSupported() ? 'supported' : 'unsupported'),
      // The download failed: offer the key anyway; pressing it tries again and says why.
      () => live && setSupport('supported'),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted ? support : 'unsupported';
}
