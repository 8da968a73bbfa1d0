import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEmailAddress } from '#src/api/email';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { TextField } from '#src/components/text-field';
import { useWait, waitEnd, WaitNotice } from '#src/components/wait-notice';
import { useErrorMessage } from '#src/i18n/error-message';
import { useRequestPasswordReset } from '../api/request-reset';
import './passwords.css';

/**
 * "Forgot password?": an email, then the same answer whether or not it has an account ("If an
 * account exists…"), with a way to send another link and back to sign in. The email typed on
 * the sign-in form comes along.
 */
export function ForgotPassword({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation(['passwords', 'auth']);
  const errorMessage = useErrorMessage();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState(initialEmail);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const failure = request.error;
  const wait = waitEnd(failure) !== null;
  const secondsLeft = useWait(failure);

  useEffect(() => headingRef.current?.focus(), [sentTo]);
  useEffect(() => {
    if (failure && !wait) alertRef.current?.focus();
  }, [failure, wait]);

  function send(address: string) {
    if (request.isPending || secondsLeft > 0) return;
    request.mutate({ email: address }, { onSuccess: () => setSentTo(address.trim()) });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem =
      email.trim() === ''
        ? t('auth:signIn.emailRequired')
        : isEmailAddress(email)
          ? undefined
          : t('auth:signIn.emailInvalid');
    setFieldError(problem);
    if (problem) emailRef.current?.focus();
    else send(email);
  }

  const notice = (
    <>
      <WaitNotice failure={failure} />
      {failure && !wait && (
        <Alert tone="error" ref={alertRef}>
          {errorMessage(failure)}
        </Alert>
      )}
    </>
  );

  if (sentTo !== null) {
    return (
      <div className="stack password-sent">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('forgot.sentHeading')}
        </h1>
        {notice}
        <p>{t('forgot.sent', { email: sentTo })}</p>
        <p className="muted">{t('forgot.sentHint')}</p>
        <div className="password-actions">
          <Button
            onClick={() => send(sentTo)}
            disabled={secondsLeft > 0}
            loading={request.isPending}
            loadingLabel={t('forgot.submitting')}
          >
            {t('forgot.sendAgain')}
          </Button>
          <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('forgot.heading')}
      </h1>
      <p>{t('forgot.intro')}</p>
      <form className="stack" noValidate onSubmit={onSubmit}>
        {notice}
        <TextField
          ref={emailRef}
          label={t('forgot.email')}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          error={fieldError}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button
          type="submit"
          variant="primary"
          disabled={secondsLeft > 0}
          loading={request.isPending}
          loadingLabel={t('forgot.submitting')}
        >
          {t('forgot.submit')}
        </Button>
      </form>
      <p className="password-secondary">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}
