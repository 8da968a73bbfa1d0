import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SecondFactorForm } from '../features/auth/components/second-factor-form';
import { readChallengeState, type ChallengeState } from '../features/auth/location-state';
import { signInPath } from '../features/auth/return-to';

export function SignInVerifyRoute() {
  const { t } = useTranslation('verify');
  const location = useLocation();
  const navigate = useNavigate();
  const state = readChallengeState(location.state);
  const title = state?.challenge.type === 'email' ? t('titleEmail') : t('titleTotp');

  // Arriving without a challenge (typed URL, another tab): start from the password step.
  if (!state) return <Navigate to="/sign-in" replace />;
  const { challenge, returnTo } = state;

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{title}</h1>
      <SecondFactorForm
        key={challenge.id}
        challenge={challenge}
        onChallengeChange={(next) => {
          const nextState: ChallengeState = { challenge: next, returnTo };
          void navigate(
            { pathname: location.pathname, search: location.search },
            { replace: true, state: nextState },
          );
        }}
        onVerified={() => void navigate(returnTo ?? '/', { replace: true })}
        signInHref={signInPath(returnTo)}
      />
    </div>
  );
}
