import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Challenge } from '#src/api/auth';
import { isEmailAddress } from '#src/api/email';
import { isApiError } from '#src/api/api-error';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { TextField } from '#src/components/text-field';
import { useTypedBeforeStart } from '#src/components/use-typed-before-start';
import { useWait, waitEnd, WaitNotice } from '#src/components/wait-notice';
import { useErrorMessage } from '#src/i18n/error-message';
import { useSignIn } from '../api/sign-in';
import { ErrorSummary, type SummaryItem } from './error-summary';
import './auth-forms.css';

// Failures where sending the same form again may well work.
const retryableCodes = new Set<string>(['network', 'internal_error', 'bad_response']);

type FieldErrors = { email?: 'emailRequired' | 'emailInvalid'; password?: 'passwordRequired' };

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'emailRequired';
  else if (!isEmailAddress(email)) errors.email = 'emailInvalid';
  if (password === '') errors.password = 'passwordRequired';
  return errors;
}

/** The password step. Wrong email and wrong password get the same message, on purpose. */
export function SignInForm({ onChallenge }: { onChallenge: (challenge: Challenge) => void }) {
  const { t } = useTranslation('auth');
  const errorMessage = useErrorMessage();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useTypedBeforeStart(emailRef, setEmail);
  useTypedBeforeStart(passwordRef, setPassword);
  // isPending is from the last render; a second Enter can arrive before the next one.
  const inFlight = useRef(false);

  const emailId = useId();
  const passwordId = useId();
  const messageId = useId();

  const failure = signIn.error;
  // The password step's rate limit: Sign in waits as long as the server said (Retry-After).
  const secondsLeft = useWait(failure);
  const wait = waitEnd(failure) !== null;
  const wrongCredentials = isApiError(failure, 'invalid_credentials');
  const retryable = failure !== null && (!isApiError(failure) || retryableCodes.has(failure.code));
  useEffect(() => {
    // Wrong credentials: back to the (cleared) password; a wait: to the password, which Enter
    // sends once the wait is over; anything else: to the message.
    if (wrongCredentials || wait) passwordRef.current?.focus();
    else if (failure) alertRef.current?.focus();
  }, [failure, wrongCredentials, wait]);

  function submit() {
    if (inFlight.current || secondsLeft > 0) return;
    const found = validate(email, password);
    setErrors(found);
    setSubmitted(true);
    if (found.email || found.password) {
      signIn.reset();
      (found.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    inFlight.current = true;
    signIn.mutate(
      { email, password },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: ({ challenge }) => onChallenge(challenge),
        onError: (error) => {
          if (isApiError(error, 'invalid_credentials')) setPassword('');
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  // After a first try, messages follow the input so they disappear once fixed.
  function revalidate(nextEmail: string, nextPassword: string) {
    if (submitted) setErrors(validate(nextEmail, nextPassword));
  }

  const summary: SummaryItem[] = [];
  if (errors.email) summary.push({ message: t(`signIn.${errors.email}`), fieldId: emailId });
  if (errors.password)
    summary.push({ message: t(`signIn.${errors.password}`), fieldId: passwordId });

  return (
    // method="post": were the prerendered form ever sent without the app (JavaScript off), the
    // password would not land in the address bar, history or a server log.
    <form className="stack" method="post" noValidate onSubmit={onSubmit}>
      {summary.length > 0 && <ErrorSummary title={t('signIn.errorSummary')} items={summary} />}
      <WaitNotice failure={failure} />
      {failure && !wait && (
        <Alert tone="error" ref={alertRef}>
          <div className="stack-sm">
            <p id={messageId}>{errorMessage(failure)}</p>
            {retryable && (
              <div>
                <Button variant="secondary" onClick={submit}>
                  {t('tryAgain', { ns: 'common' })}
                </Button>
              </div>
            )}
          </div>
        </Alert>
      )}
      <TextField
        ref={emailRef}
        id={emailId}
        label={t('signIn.email')}
        name="email"
        type="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={email}
        error={errors.email && t(`signIn.${errors.email}`)}
        onChange={(event) => {
          setEmail(event.target.value);
          revalidate(event.target.value, password);
        }}
      />
      <TextField
        ref={passwordRef}
        id={passwordId}
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password && t(`signIn.${errors.password}`)}
        aria-describedby={wrongCredentials ? messageId : undefined}
        onChange={(event) => {
          setPassword(event.target.value);
          revalidate(email, event.target.value);
        }}
      />
      <Button
        type="submit"
        variant="primary"
        disabled={secondsLeft > 0}
        loading={signIn.isPending}
        loadingLabel={t('signIn.submitting')}
      >
        {t('signIn.submit')}
      </Button>
      {/* The typed email comes along in history state, never in the URL. */}
      <Link className="auth-forgot" to="/forgot-password" state={{ email }}>
        {t('signIn.forgotPassword')}
      </Link>
    </form>
  );
}
