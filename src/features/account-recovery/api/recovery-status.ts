import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  accountRecoveryPaths,
  recoveryStatusResponseSchema,
  type AccountRecovery,
} from '#src/api/account-recovery';
import { apiRequest } from '#src/api/client';

const accountRecoveryQueryKeys = {
  all: ['account-recovery'] as const,
  status: () => [...accountRecoveryQueryKeys.all, 'status'] as const,
};

/**
 * A recovery may be asked for while this console is open: asking again every minute is how
 * every signed-in session hears of it in time to cancel (the period lasts days).
 */
const POLL_MS = 60_000;

export function recoveryStatusQueryOptions() {
  return queryOptions({
    queryKey: accountRecoveryQueryKeys.status(),
    queryFn: async ({ signal }): Promise<AccountRecovery | null> =>
      (
        await apiRequest(accountRecoveryPaths.status, {
          schema: recoveryStatusResponseSchema,
          signal,
        })
      ).recovery,
    refetchInterval: POLL_MS,
  });
}

function cancelRecovery() {
  return apiRequest(accountRecoveryPaths.cancel, {
    method: 'POST',
    schema: recoveryStatusResponseSchema,
  });
}

/** "This wasn't me" or "Cancel recovery": the pending recovery stops and MFA stays on. */
export function useCancelRecovery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['account-recovery', 'cancel'],
    mutationFn: cancelRecovery,
    onSuccess: ({ recovery }) =>
      queryClient.setQueryData(accountRecoveryQueryKeys.status(), recovery),
  });
}
