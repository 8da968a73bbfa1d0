import { apiRequest } from '#src/api/client';
import {
  authenticationOptionsResponseSchema,
  signInOptionsRequestSchema,
  webauthnPaths,
  type AuthenticationOptionsResponse,
} from '#src/api/webauthn';

/** A fresh, single-use WebAuthn challenge for this sign-in attempt (the account's keys only). */
export function fetchKeySignInOptions(challengeId: string): Promise<AuthenticationOptionsResponse> {
  return apiRequest(webauthnPaths.signInOptions, {
    method: 'POST',
    body: signInOptionsRequestSchema.parse({ challengeId }),
    schema: authenticationOptionsResponseSchema,
  });
}
