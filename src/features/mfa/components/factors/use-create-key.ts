import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RegisterKeyResponse, RegistrationCredential } from '#src/api/webauthn';
import { preloadKeyCeremony } from '#src/api/key-support';
import { needsReauth } from '#src/features/mfa/api/factors';
import { mfaQueryKeys } from '#src/features/mfa/api/query-keys';
import { keyOptionsQueryOptions, useRegisterKey } from '#src/features/mfa/api/security-keys';

/**
 * The key ceremony both key dialogs run (one more key, or the first one that turns MFA on):
 * options asked for as the dialog opens, the browser's prompt on "Continue", then the server's
 * verdict. `onAdded` gets the server's answer once the key is saved.
 */
export function useCreateKey(onAdded: (response: RegisterKeyResponse) => void) {
  const queryClient = useQueryClient();
  const options = useQuery(keyOptionsQueryOptions());
  const register = useRegisterKey();
  const [waiting, setWaiting] = useState(false);
  const [keyError, setKeyError] = useState<unknown>(null);

  /** A new challenge: after the server used or refused the last one, or after sudo mode began. */
  const freshOptions = () => queryClient.resetQueries({ queryKey: mfaQueryKeys.keyOptions() });

  async function create() {
    if (waiting || register.isPending || !options.data) return;
    const { options: current } = options.data;
    setKeyError(null);
    register.reset();
    setWaiting(true);
    let credential: RegistrationCredential;
    try {
      const { createKey } = await preloadKeyCeremony();
      credential = await createKey(() => Promise.resolve({ options: current }));
    } catch (error) {
      // The browser's own failure (cancelled, already registered …) leaves the challenge unused.
      setKeyError(error);
      return;
    } finally {
      setWaiting(false);
    }
    register.mutate(credential, {
      onSuccess: onAdded,
      // The server used the challenge, right or wrong: the next try needs a new one.
      onError: (error) => void (needsReauth(error) || freshOptions()),
    });
  }

  return {
    options,
    register,
    waiting,
    busy: waiting || register.isPending,
    failure: keyError ?? register.error ?? options.error,
    freshOptions,
    /** "Continue": options that failed to load (network) are asked for again first. */
    start: () => void (options.isError ? options.refetch() : create()),
  };
}
