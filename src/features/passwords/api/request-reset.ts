import { useMutation } from '@tanstack/react-query';
import { apiRequest, noContentSchema } from '#src/api/client';
import {
  passwordPaths,
  requestPasswordResetSchema,
  type RequestPasswordReset,
} from '#src/api/passwords';

/** "Forgot password?": the answer is the same whether or not the email has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (request: RequestPasswordReset) =>
      apiRequest(passwordPaths.requestReset, {
        method: 'POST',
        body: requestPasswordResetSchema.parse(request),
        schema: noContentSchema,
      }),
  });
}
