import type { KeySupport } from '#src/api/key-support';
import type { ServerMethod } from '#src/api/user';

/** How a challenge or a reauth is answered (the glossary's "method"), a recovery code included. */
export type Method = ServerMethod | 'recovery_code';

export type MethodPick = {
  /** In the server's order (the most recently used first), the recovery code always last. */
  offered: Method[];
  /** The one to start with: the most recently used that this browser can use. */
  first: Method;
  /** The account has a key, but this browser cannot use one: say so rather than show a dead button. */
  keyUnavailable: boolean;
};

/**
 * What sign-in and reauth offer, given the server's ordered methods; the "use … instead" links
 * are the others, in the same order. A list not (yet) known, or empty (an email challenge),
 * counts as one code field, as before keys existed.
 */
export function pickMethods(
  methods: readonly ServerMethod[] | undefined,
  support: KeySupport,
): MethodPick {
  const listed = methods?.length ? methods : (['totp'] as const);
  const keyUnavailable = listed.includes('webauthn') && support === 'unsupported';
  const usable = keyUnavailable ? listed.filter((method) => method !== 'webauthn') : listed;
  const offered: Method[] = [...usable, 'recovery_code'];
  return { offered, first: offered[0] ?? 'recovery_code', keyUnavailable };
}
