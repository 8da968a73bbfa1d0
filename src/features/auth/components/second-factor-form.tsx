import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Challenge, VerifyChallengeRequest } from '../../../api/auth';
import { recoveryCodeSchema, totpCodeSchema } from '../../../api/codes';
import { ApiError, isApiError } from '../../../api/errors';
import { Button } from '../../../components/button';
import { CodeField } from '../../../components/code-field';
import { TextField } from '../../../components/text-field';
import { useVerifyChallenge } from '../api/verify-challenge';
import { ResendCode } from './resend-code';
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

/** The second step: a code from the authenticator app or the email, or a recovery code. */
export function SecondFactorForm({ challenge, onChallengeChange, onVerified, signInHref }: Props) {
  const { t } = useTranslation('auth');
  const verify = useVerifyChallenge();
  const [mode, setMode] = useState<'code' | 'recovery'>('code');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [blockedUntil, setBlockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(blockedUntil);
  const inputRef = useRef<HTMLInputElement>(null);
  // Auto-submit and Enter can land in the same tick, before `isPending` re-renders.
  const inFlight = useRef(false);
  const challengeGone = isChallengeGone(error);

  function focusInput() {
    inputRef.current?.focus();
    inputRef.current?.select();
  }

  function request(value: string): VerifyChallengeRequest | null {
    const parsed = (mode === 'code' ? totpCodeSchema : recoveryCodeSchema).safeParse(value);
    if (!parsed.success) return null;
    return mode === 'code'
      ? { challengeId: challenge.id, code: parsed.data }
      : { challengeId: challenge.id, recoveryCode: parsed.data };
  }

  function submit(value: string) {
    if (inFlight.current || secondsLeft > 0 || challengeGone) return;
    const body = request(value);
    if (!body) {
      setError(
        new ApiError(400, mode === 'code' ? 'invalid_code_format' : 'invalid_recovery_code_format'),
      );
      focusInput();
      return;
    }
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
        // The field stays focused with the code selected, ready for another try.
        if (!isChallengeGone(failure)) focusInput();
      },
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(mode === 'code' ? code : recoveryCode);
  }

  function switchMode(next: 'code' | 'recovery') {
    setMode(next);
    setError(null);
  }

  const instructions =
    mode === 'recovery'
      ? t('verify.instructionsRecovery')
      : challenge.method === 'totp'
        ? t('verify.instructionsTotp')
        : challenge.maskedEmail
          ? t('verify.instructionsEmail', { email: challenge.maskedEmail })
          : t('verify.instructionsEmailUnknown');

  return (
    <div className="stack">
      <p>{instructions}</p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        {error !== null && (
          <VerifyError error={error} signInHref={challengeGone ? signInHref : undefined} />
        )}
        {mode === 'code' ? (
          <CodeField
            key="code"
            ref={inputRef}
            label={t('verify.codeLabel')}
            name="code"
            value={code}
            onChange={setCode}
            onComplete={submit}
            autoFocus
          />
        ) : (
          <TextField
            key="recovery"
            ref={inputRef}
            label={t('verify.recoveryLabel')}
            name="recoveryCode"
            placeholder={t('verify.recoveryPlaceholder')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
          />
        )}
        <Button
          type="submit"
          variant="primary"
          disabled={secondsLeft > 0 || challengeGone}
          loading={verify.isPending}
          loadingLabel={t('verify.submitting')}
        >
          {t('verify.submit')}
        </Button>
        {secondsLeft > 0 && (
          <p className="muted auth-hint">{t('verify.waitHint', { seconds: secondsLeft })}</p>
        )}
      </form>
      {/* A dead challenge leaves one way on: the link in the error message. */}
      {!challengeGone && (
        <div className="stack-sm auth-secondary-actions">
          {challenge.method === 'totp' && (
            <div>
              <Button
                variant="link"
                onClick={() => switchMode(mode === 'code' ? 'recovery' : 'code')}
              >
                {mode === 'code' ? t('verify.useRecoveryCode') : t('verify.useAuthenticator')}
              </Button>
            </div>
          )}
          {challenge.method === 'email' && (
            <ResendCode
              challenge={challenge}
              onResent={(next) => {
                onChallengeChange(next);
                setCode('');
                setError(null);
                focusInput();
              }}
              onError={(failure) => {
                setError(failure);
                if (!isChallengeGone(failure)) focusInput();
              }}
            />
          )}
          <div>
            <Link to={signInHref}>{t('verify.backToSignIn')}</Link>
          </div>
        </div>
      )}
    </div>
  );
}
