import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Challenge } from '#src/api/auth';
import { Button } from '#src/components/button';
import type { MethodPick } from '#src/components/method-picker';
import { backFromRecoveryKey } from '../second-factor-offers';
import { ResendCode } from './resend-code';

type Props = {
  challenge: Challenge;
  pick: MethodPick;
  recovery: boolean;
  onSwitch: () => void;
  onResent: (challenge: Challenge) => void;
  onResendError: (error: unknown) => void;
  signInHref: string;
  /** "Lost access to your authenticator?": recovery codes explained, then account recovery. */
  onLost?: () => void;
};

/** Below the offers: the recovery-code path (and back), "Resend code" for email, the way back. */
export function SecondFactorLinks({
  challenge,
  pick,
  recovery,
  onSwitch,
  onResent,
  onResendError,
  signInHref,
  onLost,
}: Props) {
  const { t } = useTranslation(['verify', 'key-sign-in']);
  const back = backFromRecoveryKey(pick);
  return (
    <div className="stack-sm auth-secondary-actions">
      {challenge.type === 'mfa' && (recovery ? back : true) && (
        <div>
          <Button variant="link" onClick={onSwitch}>
            {recovery && back ? t(back) : t('useRecoveryCode')}
          </Button>
        </div>
      )}
      {challenge.type === 'mfa' && onLost && (
        <div>
          <Button variant="link" className="lost-access-link" onClick={onLost}>
            {t('lostAccess.link')}
          </Button>
        </div>
      )}
      {challenge.type === 'email' && (
        <ResendCode challenge={challenge} onResent={onResent} onError={onResendError} />
      )}
      <div>
        <Link to={signInHref}>{t('backToSignIn')}</Link>
      </div>
    </div>
  );
}
