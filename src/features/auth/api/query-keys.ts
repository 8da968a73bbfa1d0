import type { QueryClient } from '@tanstack/react-query';

/** Kept apart from the requests, so the console's guard uses it without loading the contract. */
export const authQueryKeys = {
  all: ['auth'] as const,
  /** Set when the person signed out on purpose, so the console does not say "session ended". */
  signedOut: () => [...authQueryKeys.all, 'signed-out'] as const,
};

export function wasSignedOut(queryClient: QueryClient): boolean {
  return queryClient.getQueryData<boolean>(authQueryKeys.signedOut()) === true;
}
