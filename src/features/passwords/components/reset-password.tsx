import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '#src/api/api-error';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { Loading } from '#src/components/loading';
import { useErrorMessage } from '#src/i18n/error-message';
import { resetLinkQueryOptions, useResetPassword } from '../api/reset-password';
import { refusalOf } from '../refusal';
import { NewPasswordField } from './new-password-field';
import { ResetLinkInvalid } from './reset-link-invalid';
import './passwords.css';

/**
 * The reset link's screen: the new password only. Success never signs anyone in (every
 * session of the account has ended): it says so and leads to sign-in, where an account with
 * MFA still answers its second factor.
 */
export function ResetPassword({ token }: { token: string }) {
  const { t } = useTranslation('passwords');
  const errorMessage = useErrorMessage();
  const link = useQuery(resetLinkQueryOptions(token));
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const refusal = refusalOf(reset.error);
  const done = reset.isSuccess;

  useEffect(() => {
    if (done) headingRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (refusal) fieldRef.current?.focus();
    else if (reset.error) alertRef.current?.focus();
  }, [refusal, reset.error]);

  if (link.isPending) return <Loading label={t('reset.checking')} />;
  if (isApiError(link.error, 'reset_link_invalid') || isApiError(reset.error, 'reset_link_invalid'))
    return <ResetLinkInvalid />;
  if (done) {
    return (
      <div className="stack">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('reset.doneHeading')}
        </h1>
        <p>{t('reset.done')}</p>
        <Link className="button button-primary password-primary-link" to="/sign-in">
          {t('reset.signIn')}
        </Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reset.isPending) return;
    setMissing(password === '');
    if (password === '') fieldRef.current?.focus();
    else reset.mutate({ token, password });
  }

  const email = link.data?.email ?? '';
  const fieldError = missing ? t('field.newRequired') : refusal && errorMessage(reset.error);
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('reset.heading')}</h1>
      {link.error ? (
        <Alert tone="error">{errorMessage(link.error)}</Alert>
      ) : (
        <p>{t('reset.intro', { email })}</p>
      )}
      <form className="stack" noValidate onSubmit={onSubmit}>
        {reset.error && !refusal && (
          <Alert tone="error" ref={alertRef}>
            {errorMessage(reset.error)}
          </Alert>
        )}
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordField
          ref={fieldRef}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setMissing(false);
          }}
          personal={{ email, name: '' }}
          error={fieldError || undefined}
        />
        <Button
          type="submit"
          variant="primary"
          loading={reset.isPending}
          loadingLabel={t('reset.submitting')}
        >
          {t('reset.submit')}
        </Button>
      </form>
    </div>
  );
}
