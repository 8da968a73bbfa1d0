import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#src/api/api-error';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { ConfirmFooter } from '#src/components/confirm-footer';
import { Dialog } from '#src/components/dialog';
import { PasswordField } from '#src/components/password-field';
import { useToast } from '#src/components/toast';
import { useWait, waitEnd, WaitNotice } from '#src/components/wait-notice';
import { useErrorMessage } from '#src/i18n/error-message';
import { useChangePassword } from '../api/change-password';
import { refusalOf } from '../refusal';
import { NewPasswordField } from './new-password-field';
import './passwords.css';

type Missing = { current?: boolean; next?: boolean };

/**
 * Current and new password, and "Sign out of my other sessions" (checked: whoever knew the old
 * password may be signed in elsewhere). A wrong current password counts toward the password
 * step's rate limit, whose wait this dialog shows.
 */
export function ChangePasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation(['passwords']);
  const errorMessage = useErrorMessage();
  const toast = useToast();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [missing, setMissing] = useState<Missing>({});
  const formId = useId();
  const checkboxId = useId();
  const hintId = useId();
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const failure = change.error;
  const wrongCurrent = isApiError(failure, 'invalid_password');
  const refusal = refusalOf(failure);
  const wait = waitEnd(failure) !== null;
  const waiting = useWait(failure) > 0;

  useEffect(() => {
    if (wrongCurrent) currentRef.current?.focus();
    else if (refusal) nextRef.current?.focus();
    else if (failure && !wait) alertRef.current?.focus();
  }, [failure, wrongCurrent, refusal, wait]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending || waiting) return;
    const found = { current: current === '', next: next === '' };
    setMissing(found);
    if (found.current || found.next) {
      change.reset();
      (found.current ? currentRef : nextRef).current?.focus();
      return;
    }
    change.mutate(
      { currentPassword: current, newPassword: next, signOutOtherSessions: signOutOthers },
      {
        onSuccess: () => {
          toast.show(t('change.done'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'invalid_password')) setCurrent('');
        },
      },
    );
  }

  const currentError = missing.current
    ? t('change.currentRequired')
    : wrongCurrent
      ? errorMessage(failure)
      : undefined;
  const nextError = missing.next
    ? t('field.newRequired')
    : refusal
      ? errorMessage(failure)
      : undefined;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('change.title')}
      footer={
        <ConfirmFooter
          cancelLabel={t('change.cancel')}
          onCancel={onClose}
          confirmLabel={t('change.submit')}
          tone="primary"
          disabled={waiting}
          loading={change.isPending}
          loadingLabel={t('change.submitting')}
          formId={formId}
        />
      }
    >
      <form id={formId} className="stack" noValidate onSubmit={onSubmit}>
        <WaitNotice failure={failure} />
        {failure && !wait && !wrongCurrent && !refusal && (
          <Alert tone="error" ref={alertRef}>
            {errorMessage(failure)}
          </Alert>
        )}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={user.email}
          readOnly
          hidden
        />
        <PasswordField
          ref={currentRef}
          label={t('change.current')}
          showLabel={t('field.show')}
          name="currentPassword"
          autoComplete="current-password"
          value={current}
          error={currentError}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPasswordField
          ref={nextRef}
          value={next}
          onChange={setNext}
          personal={{ email: user.email, name: user.name }}
          error={nextError}
        />
        <div className="password-check">
          <input
            id={checkboxId}
            type="checkbox"
            name="signOutOtherSessions"
            checked={signOutOthers}
            aria-describedby={hintId}
            onChange={(event) => setSignOutOthers(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('change.signOutOthers')}</label>
          <p id={hintId} className="field-hint">
            {t('change.signOutOthersHint')}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
