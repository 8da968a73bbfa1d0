import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge, VerifyChallengeRequest } from '#src/api/auth';
import { useKeySupport } from '#src/api/key-support';
import { Alert } from '#src/components/alert';
import { checkCode, fieldOf, FormatError } from '#src/components/answer-error';
import { pickMethods } from '#src/components/method-picker';
import { useWait, waitEnd, WaitNotice } from '#src/components/wait-notice';
import { keyNamespaces } from '#src/i18n/error-message';
import { useVerifyChallenge } from '../api/verify-challenge';
import { instructionsKey } from '../second-factor-offers';
import { CodeOffer } from './code-offer';
import { KeyOffer } from './key-offer';
import { endingOf, SecondFactorEnded } from './second-factor-ended';
import { SecondFactorLinks } from './second-factor-links';
import { VerifyError } from './verify-error';
import './auth-forms.css';

type Props = {
  challenge: Challenge;
  /** A resent email code comes with a new challenge state (next resend time). */
  onChallengeChange: (challenge: Challenge) => void;
  onVerified: () => void;
  signInHref: string;
  /** Opens with the recovery-code field (back from "Lost access to your authenticator?"). */
  startWithRecoveryCode?: boolean;
  onLost?: () => void;
};

/**
 * The second step: the security key, a code from any authenticator app or the email, or a
 * recovery code. The account's most recently used kind is offered first.
 */
export function SecondFactorForm({
  challenge,
  onChallengeChange,
  onVerified,
  signInHref,
  startWithRecoveryCode = false,
  onLost,
}: Props) {
  const { t } = useTranslation(['verify', ...keyNamespaces]);
  const verify = useVerifyChallenge();
  const support = useKeySupport(challenge.methods?.includes('webauthn') ?? false);
  const pick = pickMethods(challenge.methods, support);
  // Everything but the recovery code shows at once; the recovery code replaces them on request.
  const offers = pick.offered.filter((method) => method !== 'recovery_code');
  const [recovery, setRecovery] = useState(startWithRecoveryCode);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  // The throttle's wait, kept apart from `error`: it still holds after a switch to recovery codes.
  const [waitFailure, setWaitFailure] = useState<unknown>(null);
  const secondsLeft = useWait(waitFailure);
  const inputRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  // Auto-submit and Enter can land in the same tick, before `isPending` re-renders.
  const inFlight = useRef(false);
  const ending = endingOf(error);
  const blocked = secondsLeft > 0 || ending !== null;
  // A wrong or malformed code: the field says so through the alert (aria-describedby).
  const fieldError = fieldOf(error) !== null;

  /** After a failure the control that was used takes focus again, ready for another try. */
  function focusAfter(failure: unknown, via: 'key' | 'field') {
    // A dead end moves focus to its own heading.
    if (endingOf(failure)) return;
    if (via === 'key') return keyRef.current?.focus();
    inputRef.current?.focus();
    inputRef.current?.select();
  }

  function send(body: VerifyChallengeRequest, via: 'key' | 'field') {
    if (inFlight.current || blocked) return;
    setError(null);
    inFlight.current = true;
    verify.mutate(body, {
      onSettled: () => {
        inFlight.current = false;
      },
      onSuccess: onVerified,
      onError: (failure) => {
        setError(failure);
        if (waitEnd(failure)) setWaitFailure(failure);
        focusAfter(failure, via);
      },
    });
  }

  function submit(value: string) {
    if (inFlight.current || blocked) return;
    const checked = checkCode(recovery ? 'recovery_code' : 'totp', value);
    if (checked instanceof FormatError) {
      setError(checked);
      return focusAfter(null, 'field');
    }
    const answer = recovery ? { recoveryCode: checked } : { code: checked };
    send({ challengeId: challenge.id, ...answer }, 'field');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(recovery ? recoveryCode : code);
  }

  const codeForm = (primary: boolean) => (
    <CodeOffer
      recovery={recovery}
      primary={primary}
      inputRef={inputRef}
      value={recovery ? recoveryCode : code}
      onChange={recovery ? setRecoveryCode : setCode}
      onComplete={submit}
      onSubmit={onSubmit}
      disabled={blocked}
      verifying={verify.isPending && !('credential' in (verify.variables ?? {}))}
      errorId={fieldError ? errorId : undefined}
    />
  );

  if (ending) return <SecondFactorEnded error={error} signInHref={signInHref} />;

  return (
    <div className="stack">
      <p>
        {recovery
          ? t('instructionsRecovery')
          : t(instructionsKey(challenge, pick), { email: challenge.maskedEmail })}
      </p>
      {pick.keyUnavailable && offers.length > 0 && !recovery && (
        <Alert tone="info">{t('key-sign-in:unsupported')}</Alert>
      )}
      <WaitNotice failure={waitFailure} />
      {/* The wait says itself above, once. */}
      {error !== null && !waitEnd(error) && <VerifyError error={error} id={errorId} />}
      {recovery
        ? codeForm(true)
        : offers.map((method, index) => (
            <Fragment key={method}>
              {index > 0 && <p className="auth-or muted">{t('key-sign-in:or')}</p>}
              {method === 'webauthn' ? (
                <KeyOffer
                  ref={keyRef}
                  challengeId={challenge.id}
                  support={support}
                  primary={index === 0}
                  disabled={blocked}
                  verifying={verify.isPending && 'credential' in (verify.variables ?? {})}
                  onCredential={(credential) =>
                    send({ challengeId: challenge.id, credential }, 'key')
                  }
                  onError={(failure) => {
                    setError(failure);
                    focusAfter(failure, 'key');
                  }}
                />
              ) : (
                codeForm(index === 0)
              )}
            </Fragment>
          ))}
      <SecondFactorLinks
        challenge={challenge}
        pick={pick}
        recovery={recovery}
        onSwitch={() => {
          setRecovery(!recovery);
          setError(null);
        }}
        onResent={(next) => {
          onChallengeChange(next);
          setCode('');
          setError(null);
          focusAfter(null, 'field');
        }}
        onResendError={(failure) => {
          setError(failure);
          focusAfter(failure, 'field');
        }}
        signInHref={signInHref}
        onLost={onLost}
      />
    </div>
  );
}
