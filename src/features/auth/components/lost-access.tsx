import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountRecovery, RequestRecoveryResponse } from '#src/api/account-recovery';
import type { Challenge } from '#src/api/auth';
import { endingOf, SecondFactorEnded } from './second-factor-ended';
import { LostAccessHelp } from './lost-access-help';
import { RecoveryCodeStep } from './recovery-code-step';
import { RecoveryPending } from './recovery-pending';
import './auth-forms.css';

type Step =
  | { kind: 'help' }
  | { kind: 'code'; request: RequestRecoveryResponse['recovery'] }
  | { kind: 'pending'; recovery: AccountRecovery };

type Props = {
  challenge: Challenge;
  /** Back to the challenge with the recovery-code field open. */
  onUseRecoveryCode: () => void;
  /** Back to the challenge as it was. */
  onBack: () => void;
  signInHref: string;
};

/**
 * "Lost access to your authenticator?": recovery codes first (they work at once); for someone
 * with none left, account recovery: prove the email, then wait out the recovery period. Each step
 * has its own heading, which takes focus so a screen reader says where the person is.
 */
export function LostAccess({ challenge, onUseRecoveryCode, onBack, signInHref }: Props) {
  const { t } = useTranslation('verify');
  const [step, setStep] = useState<Step>({ kind: 'help' });
  const [ended, setEnded] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The code step's field takes focus itself (autofocus): typing the mailed code is all it asks.
  useEffect(() => {
    if (step.kind !== 'code') headingRef.current?.focus();
  }, [step.kind]);

  // The sign-in attempt expired or was spent meanwhile: the one way on is signing in again.
  const onError = (error: unknown) => {
    if (endingOf(error)) setEnded(error);
  };
  if (ended) return <SecondFactorEnded error={ended} signInHref={signInHref} />;

  const title = {
    help: t('lostAccess.help.title'),
    code: t('lostAccess.code.title'),
    pending: t('lostAccess.pending.title'),
  }[step.kind];

  return (
    <div className={`stack lost-access-${step.kind}`}>
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {step.kind === 'help' && (
        <LostAccessHelp
          challengeId={challenge.id}
          onUseRecoveryCode={onUseRecoveryCode}
          onRequested={(request) => setStep({ kind: 'code', request })}
          onError={onError}
        />
      )}
      {step.kind === 'code' && (
        <RecoveryCodeStep
          request={step.request}
          onConfirmed={(recovery) => setStep({ kind: 'pending', recovery })}
        />
      )}
      {step.kind === 'pending' && <RecoveryPending recovery={step.recovery} />}
      <div className="stack-sm auth-secondary-actions">
        {step.kind !== 'pending' && (
          <div>
            <button type="button" className="button button-link" onClick={onBack}>
              {t('lostAccess.help.back')}
            </button>
          </div>
        )}
        <div>
          <Link to={signInHref}>{t('verify:backToSignIn')}</Link>
        </div>
      </div>
    </div>
  );
}
