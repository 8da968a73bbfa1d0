import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { keyNamespaces } from '../i18n/error-message';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { afterFirstPaint } from '../api/ready';
import { meQueryOptions } from '../api/session';
import { Alert } from '../components/alert';
import { SignInForm } from '../features/auth/components/sign-in-form';
import type { ChallengeState } from '../features/auth/location-state';
import { readSignInNotice } from '../features/auth/sign-in-notice';
import { sanitizeReturnTo } from '../features/auth/return-to';
import { Loading } from '../components/loading';
import { useDocumentTitle } from './use-document-title';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signIn.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = sanitizeReturnTo(params.get('returnTo'));
  const notice = readSignInNotice(location.state);
  const session = useQuery(meQueryOptions());
  // The next step's code (and its security-key messages, two small files) arrives while the
  // person types, not after they submit.
  useEffect(() => {
    void afterFirstPaint().then(() =>
      Promise.all([import('./sign-in-verify'), i18n.loadNamespaces(keyNamespaces)]),
    );
  }, []);
  if (session.data) return <Navigate to={returnTo ?? '/'} replace />;
  // This browser signed in before: check first, so a signed-in person never sees the form flash.
  if (session.isPending) return <Loading label={t('loading', { ns: 'common' })} />;

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('signIn.heading')}</h1>
      {notice && (
        <Alert tone="info">
          {notice === 'session_ended' ? t('signIn.sessionEnded') : t('signIn.signedOut')}
        </Alert>
      )}
      <SignInForm
        onChallenge={(challenge) => {
          const state: ChallengeState = { challenge, returnTo };
          void navigate('/sign-in/verify', { state });
        }}
      />
    </div>
  );
}
