import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { meQueryOptions } from '../api/session';
import { Alert } from '../components/alert';
import { Button } from '../components/button';
import { Spinner } from '../components/spinner';
import { wasSignedOut } from '../features/auth/api/sign-out';
import type { SignInState } from '../features/auth/location-state';
import { signInPath } from '../features/auth/return-to';
import { useErrorMessage } from '../i18n/error-message';

/**
 * Console pages need a session. A signed-out visitor goes to /sign-in?returnTo=<here>; someone
 * whose session just ended (it was there a moment ago) is also told why. Signing out on purpose
 * goes to a plain /sign-in.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useQuery(meQueryOptions());
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (session.data && !wasSignedIn) setWasSignedIn(true);

  if (session.data === undefined && !session.isError) {
    return (
      <div className="app-loading" role="status">
        <Spinner size={24} />
        <span className="visually-hidden">{t('loading')}</span>
      </div>
    );
  }

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
    const state: SignInState | undefined = wasSignedIn ? { notice: 'session_ended' } : undefined;
    return <Navigate to={signInPath(here)} replace state={state} />;
  }

  return children;
}
