import { useMutation } from '@tanstack/react-query';
import {
  apiPaths,
  signInRequestSchema,
  signInResponseSchema,
  type SignInRequest,
} from '../../../api/auth';
import { apiRequest } from '../../../api/client';

/** The password step: answers with a second-factor challenge, never with a session. */
export function signIn(request: SignInRequest) {
  return apiRequest(apiPaths.signIn, {
    method: 'POST',
    body: signInRequestSchema.parse(request),
    schema: signInResponseSchema,
  });
}

export function useSignIn() {
  return useMutation({ mutationKey: ['auth', 'sign-in'], mutationFn: signIn });
}
