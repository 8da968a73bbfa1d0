import { useMutation } from '@tanstack/react-query';
import {
  apiPaths,
  resendCodeRequestSchema,
  resendCodeResponseSchema,
  type ResendCodeRequest,
} from '#src/api/auth';
import { apiRequest } from '#src/api/client';

/** Emails a new code; the answer is the same challenge with a new `resendAvailableAt`. */
function resendCode(request: ResendCodeRequest) {
  return apiRequest(apiPaths.resendCode, {
    method: 'POST',
    body: resendCodeRequestSchema.parse(request),
    schema: resendCodeResponseSchema,
  });
}

export function useResendCode() {
  return useMutation({ mutationKey: ['auth', 'resend-code'], mutationFn: resendCode });
}
