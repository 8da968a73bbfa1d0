import { Fragment, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Challenge, VerifyChallengeRequest } from '#src/api/auth';
import { isApiError } from '#src/api/api-error';
import { useKeySupport } from '#src/api/key-support';
import { Alert } from '#src/components/alert';
import { checkCode, FormatError } from '#src/components/answer-error';
import { pickMethods } from '#src/components/method-picker';
import { keyNamespaces } from '#src/i18n/error-message';
import { useVerifyChallenge } from '../api/verify-challenge';
import { instructionsKey } from '../second-factor-offers';
import { CodeOffer } from './code-offer';
import { KeyOffer } from './key-offer';
import { SecondFactorLinks } from './second-factor-links';
import { useCountdown } from './use-countdown';
import { VerifyError } from './verify-error';
import './auth-forms.css';

/** The challenge cannot be used any more: only starting over helps. */
function isChallengeGone(error: unknown): boolean {
  return isApiError(error, 'challenge_expired') || isApiError(error, 'challenge_invalid');
}

type Props = {
  challenge: Challenge;
  /** A resent email code comes with a new challenge state (next resend time). */
  onChallengeChange: (challenge: Challenge) => void;
  onVerified: () => void;
  signInHref: string;
};

/**
 * The second step: the security key, a code from any authenticator app or the email, or a
 * recovery code. The account's most recently used kind is offered first.
 */
export function SecondFactorForm({ challenge, onChallengeChange, onVerified, signInHref }: Props) {
  const { t } = useTranslation(['verify', ...keyNamespaces]);
  const verify = useVerifyChallenge();
  const support = useKeySupport(challenge.methods?.includes('webauthn') ?? false);
  const pick = pickMethods(challenge.methods, support);
  // Everything but the recovery code shows at once; the recovery code replaces them on request.
  const offers = pick.offered.filter((method) => method !== 'recovery_code');
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);
  const inputRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLButtonElement>(null);
  // Auto-submit and Enter can land in the same tick, before `isPending` re-renders.
  const inFlight = useRef(false);
  const challengeGone = isChallengeGone(error);
  const blocked = secondsLeft > 0 || challengeGone;

  /** After a failure the control that was used takes focus again, ready for another try. */
  function focusAfter(failure: unknown, via: 'key' | 'field') {
    if (isChallengeGone(failure)) return;
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
        const wait = isApiError(failure) ? failure.details?.retryAfter : undefined;
        if (wait) setBlockedUntil(Date.now() + wait * 1000);
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
    />
  );

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
      {error !== null && (
        <VerifyError error={error} signInHref={challengeGone ? signInHref : undefined} />
      )}
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
      {secondsLeft > 0 && (
        <p className="muted auth-hint">{t('waitHint', { seconds: secondsLeft })}</p>
      )}
      {/* A dead challenge leaves one way on: the link in the error message. */}
      {!challengeGone && (
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
        />
      )}
    </div>
  );
}
