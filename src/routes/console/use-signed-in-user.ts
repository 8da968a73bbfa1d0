import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '#src/api/session';
import type { User } from '#src/api/user';

/** Console screens render under the session guard, so this is the signed-in user. */
export function useSignedInUser(): User | null {
  return useQuery(meQueryOptions()).data ?? null;
}
