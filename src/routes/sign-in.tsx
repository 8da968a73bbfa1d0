import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { meQueryOptions } from '../api/session';
import { Alert } from '../components/alert';
import { SignInForm } from '../features/auth/components/sign-in-form';
import type { ChallengeState } from '../features/auth/location-state';
import { readSignInNotice } from '../features/auth/sign-in-notice';
import { sanitizeReturnTo } from '../features/auth/return-to';
import { Loading } from '../components/loading';

/** The notice for a session ended elsewhere comes with the console's messages, where it began. */
const NOTICES = {
  session_ended: 'signIn.sessionEnded',
  signed_out: 'signIn.signedOut',
  signed_out_elsewhere: 'profile:sessions.signedOutElsewhere',
} as const;

export function SignInRoute() {
  const location = useLocation();
  const notice = readSignInNotice(location.state);
  const { t } = useTranslation(notice === 'signed_out_elsewhere' ? ['auth', 'profile'] : 'auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = sanitizeReturnTo(params.get('returnTo'));
  const session = useQuery(meQueryOptions());
  if (session.data) return <Navigate to={returnTo ?? '/'} replace />;
  // This browser signed in before: check first, so a signed-in person never sees the form flash.
  if (session.isPending) return <Loading label={t('loading', { ns: 'common' })} />;

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('signIn.heading')}</h1>
      {notice && <Alert tone="info">{t(NOTICES[notice])}</Alert>}
      <SignInForm
        onChallenge={(challenge) => {
          const state: ChallengeState = { challenge, returnTo };
          void navigate('/sign-in/verify', { state });
        }}
      />
    </div>
  );
}
