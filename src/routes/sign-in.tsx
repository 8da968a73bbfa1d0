import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { meQueryOptions } from '../api/session';
import { Alert } from '../components/alert';
import { SignInForm } from '../features/auth/components/sign-in-form';
import { readSignInNotice, type ChallengeState } from '../features/auth/location-state';
import { sanitizeReturnTo } from '../features/auth/return-to';
import { useDocumentTitle } from './use-document-title';

export function SignInRoute() {
  const { t } = useTranslation('auth');
  useDocumentTitle(t('signIn.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = sanitizeReturnTo(params.get('returnTo'));
  const notice = readSignInNotice(location.state);
  const { data: user } = useQuery(meQueryOptions());
  if (user) return <Navigate to={returnTo ?? '/'} replace />;

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
