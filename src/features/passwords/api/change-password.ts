import { useMutation } from '@tanstack/react-query';
import { apiRequest, noContentSchema } from '#src/api/client';
import { passwordPaths, type ChangePassword } from '#src/api/passwords';

export function useChangePassword() {
  return useMutation({
    // Variables hold both passwords: drop them as soon as nothing observes them.
    gcTime: 0,
    mutationFn: (request: ChangePassword) =>
      apiRequest(passwordPaths.change, { method: 'POST', body: request, schema: noContentSchema }),
  });
}
