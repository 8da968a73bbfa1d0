import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { meQueryOptions, wasSessionRevoked } from '../api/session';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { wasSignedOut } from '../features/auth/api/query-keys';
import type { SignInState } from '../features/auth/sign-in-notice';
import { signInPath } from '../features/auth/return-to';
import { useErrorMessage } from '../i18n/error-message';
import { AppLoading, preloadConsole } from './screens';

/**
 * Console pages need a session. A signed-out visitor goes to /sign-in?returnTo=<here>; someone
 * whose session just ended (it was there a moment ago) is also told why. Signing out on purpose
 * goes to a plain /sign-in. The decision needs no console code: that loads alongside the
 * session check, or not at all for a visitor who is signed out.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useQuery(meQueryOptions());
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (session.data && !wasSignedIn) setWasSignedIn(true);
  const maybeSignedIn = session.data !== null;
  useEffect(() => {
    if (maybeSignedIn) void preloadConsole();
  }, [maybeSignedIn]);

  if (session.data === undefined && !session.isError) return <AppLoading fullPage />;

  if (session.data === undefined) {
    return (
      <main id="main" className="app-loading">
        <div className="stack app-error">
          <h1>{t('session.loadFailed')}</h1>
          <Alert tone="error">{errorMessage(session.error)}</Alert>
          <div>
            <Button
              variant="primary"
              onClick={() => void session.refetch()}
              loading={session.isFetching}
            >
              {t('tryAgain')}
            </Button>
          </div>
        </div>
      </main>
    );
  }

  if (!session.data) {
    if (wasSignedIn && wasSignedOut(queryClient)) {
      const signedOut: SignInState = { notice: 'signed_out' };
      return <Navigate to="/sign-in" replace state={signedOut} />;
    }
    const here = `${location.pathname}${location.search}${location.hash}`;
    // Said even after a reload: the server told this browser its session was ended elsewhere.
    const notice = wasSessionRevoked(queryClient)
      ? 'signed_out_elsewhere'
      : wasSignedIn
        ? 'session_ended'
        : null;
    const state: SignInState | undefined = notice ? { notice } : undefined;
    return <Navigate to={signInPath(here)} replace state={state} />;
  }

  return children;
}
