import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  apiPaths,
  verifyChallengeRequestSchema,
  verifyChallengeResponseSchema,
  type VerifyChallengeRequest,
} from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import { setSessionUser } from '#src/api/session';
import { authQueryKeys } from './query-keys';

/** Sends the normalised code ("123 456" → "123456") or recovery code. */
function verifyChallenge(request: VerifyChallengeRequest) {
  return apiRequest(apiPaths.verifyChallenge, {
    method: 'POST',
    body: verifyChallengeRequestSchema.parse(request),
    schema: verifyChallengeResponseSchema,
  });
}

/** On success the session starts: the `me` query holds the signed-in user. */
export function useVerifyChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'verify-challenge'],
    mutationFn: verifyChallenge,
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ queryKey: authQueryKeys.signedOut() });
      setSessionUser(queryClient, user);
    },
  });
}
