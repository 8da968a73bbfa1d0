import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  meQueryOptions,
  sessionQueryKeys,
  setSessionUser,
  wasSessionRevoked,
} from '../api/session';
import { authQueryKeys, wasSignedOut } from '../features/auth/api/query-keys';

/** How often an open console asks whether its session still stands. */
const SESSION_CHECK_MS = 60_000;
const CHANNEL = 'zenconsole.session';

/** Why this tab's session ended, as the other tabs of the browser should hear it. */
type Ended = { ended: 'signed_out' | 'revoked' | 'expired' };

function isEnded(value: unknown): value is Ended {
  const ended: unknown = Object(value).ended;
  return ended === 'signed_out' || ended === 'revoked' || ended === 'expired';
}

/** The account's data leaves with its session, as on signing out (useSignOut). */
function endHere(queryClient: QueryClient, { ended }: Ended): void {
  if (ended === 'revoked') queryClient.setQueryData(sessionQueryKeys.revoked(), true);
  if (ended === 'signed_out') queryClient.setQueryData(authQueryKeys.signedOut(), true);
  queryClient.removeQueries({
    predicate: ({ queryKey }) =>
      queryKey[0] !== sessionQueryKeys.all[0] && queryKey[0] !== authQueryKeys.all[0],
  });
  setSessionUser(queryClient, null);
}

/**
 * Keeps every tab of this browser honest about the session. Signing out, or learning that the
 * session ended, in one tab tells the others at once (`BroadcastChannel`: they share the
 * cookie, so they are signed out too); and a tab asks the server every minute and whenever it
 * comes back into view, so a session ended from another device shows within a minute, not only
 * at the next click.
 */
export function useSessionWatch(): void {
  const queryClient = useQueryClient();
  useQuery({
    ...meQueryOptions(),
    refetchInterval: SESSION_CHECK_MS,
    refetchOnWindowFocus: 'always',
  });

  // TanStack Query refetches on `visibilitychange` only: a window that was visible beside
  // another (two windows side by side) gains focus without one, so focus asks the server too.
  useEffect(() => {
    const check = () =>
      void queryClient.refetchQueries({ queryKey: sessionQueryKeys.me(), type: 'active' });
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [queryClient]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    let told = false;
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (!isEnded(event.data) || !queryClient.getQueryData(sessionQueryKeys.me())) return;
      told = true;
      endHere(queryClient, event.data);
    };
    // The cache, not a render, sees the session go: the guard unmounts this layout at once.
    const key = JSON.stringify(sessionQueryKeys.me());
    let before = queryClient.getQueryData(sessionQueryKeys.me());
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || JSON.stringify(event.query.queryKey) !== key) return;
      const after: unknown = event.query.state.data;
      if (before && after === null && !told) channel.postMessage(reason(queryClient));
      before = after;
    });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [queryClient]);
}

function reason(queryClient: QueryClient): Ended {
  if (wasSessionRevoked(queryClient)) return { ended: 'revoked' };
  return { ended: wasSignedOut(queryClient) ? 'signed_out' : 'expired' };
}
