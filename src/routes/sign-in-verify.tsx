import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LostAccess } from '../features/auth/components/lost-access';
import { SecondFactorForm } from '../features/auth/components/second-factor-form';
import { readChallengeState, type ChallengeState } from '../features/auth/location-state';
import { signInPath } from '../features/auth/return-to';

/** The challenge itself, or the help for someone who lost their factor (and how it was left). */
type View = 'form' | 'form-recovery-code' | 'lost';

export function SignInVerifyRoute() {
  const { t } = useTranslation('verify');
  const location = useLocation();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('form');
  const state = readChallengeState(location.state);
  const title = state?.challenge.type === 'email' ? t('titleEmail') : t('titleTotp');

  // Arriving without a challenge (typed URL, another tab): start from the password step.
  if (!state) return <Navigate to="/sign-in" replace />;
  const { challenge, returnTo } = state;

  if (view === 'lost') {
    return (
      <LostAccess
        challenge={challenge}
        onUseRecoveryCode={() => setView('form-recovery-code')}
        onBack={() => setView('form')}
        signInHref={signInPath(returnTo)}
      />
    );
  }

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{title}</h1>
      <SecondFactorForm
        key={`${challenge.id}:${view}`}
        challenge={challenge}
        startWithRecoveryCode={view === 'form-recovery-code'}
        onLost={() => setView('lost')}
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
