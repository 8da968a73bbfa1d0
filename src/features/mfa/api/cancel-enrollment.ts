import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest, noContentSchema } from '#src/api/client';
import { isApiError } from '#src/api/api-error';
import { mfaQueryKeys } from './query-keys';

async function cancelEnrollment(): Promise<void> {
  try {
    await apiRequest(apiPaths.enrollment, { method: 'DELETE', schema: noContentSchema });
  } catch (error) {
    // Nothing pending (it expired, or another tab finished it) is what cancelling wants anyway.
    if (!isApiError(error, 'no_pending_enrollment')) throw error;
  }
}

export function useCancelEnrollment() {
  const queryClient = useQueryClient();
  return useMutation({
    gcTime: 0,
    mutationFn: cancelEnrollment,
    onSettled: () => {
      queryClient.removeQueries({ queryKey: mfaQueryKeys.enrollment() });
    },
  });
}
