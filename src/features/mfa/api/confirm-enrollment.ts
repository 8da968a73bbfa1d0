import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import {
  confirmEnrollmentResponseSchema,
  type ConfirmEnrollmentRequest,
  type ConfirmEnrollmentResponse,
} from '#src/api/mfa';
import { updateSessionUser } from '#src/api/session';
import { mfaQueryKeys } from './query-keys';

function confirmEnrollment(request: ConfirmEnrollmentRequest): Promise<ConfirmEnrollmentResponse> {
  return apiRequest(apiPaths.confirmEnrollment, {
    method: 'POST',
    body: request,
    schema: confirmEnrollmentResponseSchema,
  });
}

export function useConfirmEnrollment() {
  const queryClient = useQueryClient();
  return useMutation({
    // Variables hold the password and codes: drop them as soon as nothing observes them.
    gcTime: 0,
    mutationFn: confirmEnrollment,
    onSuccess: ({ mfa }) => {
      updateSessionUser(queryClient, (user) => ({ ...user, mfa }));
      // MFA is on: nothing on the client may keep the secret any longer (SEC-2).
      queryClient.removeQueries({ queryKey: mfaQueryKeys.enrollment() });
    },
  });
}
