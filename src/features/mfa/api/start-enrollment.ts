import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '#src/api/auth';
import { apiRequest } from '#src/api/client';
import { enrollmentResponseSchema, type Enrollment } from '#src/api/mfa';
import { mfaQueryKeys } from './query-keys';

/**
 * Starts an enrollment or resumes the pending one: the API answers with the same secret until
 * it is confirmed, cancelled or expires, so asking again (a reload, "Back") never changes the QR.
 */
async function startEnrollment(signal?: AbortSignal): Promise<Enrollment> {
  const { enrollment } = await apiRequest(apiPaths.enrollment, {
    method: 'POST',
    schema: enrollmentResponseSchema,
    signal,
  });
  return enrollment;
}

export function enrollmentQueryOptions() {
  return queryOptions({
    queryKey: mfaQueryKeys.enrollment(),
    queryFn: ({ signal }) => startEnrollment(signal),
    // The secret is kept in memory only while the wizard shows it, and never refetched behind
    // the person's back (a new key after expiry is their choice: "Start again").
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
