import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SignInRequest } from '#src/api/auth';
import { afterFirstMove } from '#src/api/ready';

// The request and the contract it parses with (zod) are not part of the sign-in screen's first
// download: they load from the person's first move on the page (typing, a click), and a submit
// before they arrive simply waits for them.
const loadSignInRequest = () => import('./sign-in-request');

export function useSignIn() {
  useEffect(() => {
    void afterFirstMove().then(loadSignInRequest);
  }, []);
  return useMutation({
    mutationKey: ['auth', 'sign-in'],
    mutationFn: async (request: SignInRequest) => (await loadSignInRequest()).signIn(request),
  });
}
