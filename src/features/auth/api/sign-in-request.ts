import {
  apiPaths,
  signInRequestSchema,
  signInResponseSchema,
  type SignInRequest,
} from '#src/api/auth';
import { apiRequest } from '#src/api/client';

/**
 * The password step: answers with a second-factor challenge, never with a session. Loaded with
 * the contract on first use (see sign-in.ts).
 */
export function signIn(request: SignInRequest) {
  return apiRequest(apiPaths.signIn, {
    method: 'POST',
    body: signInRequestSchema.parse(request),
    schema: signInResponseSchema,
  });
}
