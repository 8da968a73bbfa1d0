import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RECOVERY_CODE_MINUTES,
  type AccountRecovery,
  type RequestRecoveryResponse,
} from '#src/api/account-recovery';
import { Alert } from '#src/components/alert';
import { checkCode, FormatError, useAnswerError } from '#src/components/answer-error';
import { Button } from '#src/components/button';
import { CodeField } from '#src/components/code-field';
import { useConfirmRecovery } from '../api/account-recovery';

type Props = {
  request: RequestRecoveryResponse['recovery'];
  onConfirmed: (recovery: AccountRecovery) => void;
};

/** The mailed code proves the person reads the account's email; then the period starts. */
export function RecoveryCodeStep({ request, onConfirmed }: Props) {
  const { t } = useTranslation('verify');
  const confirm = useConfirmRecovery();
  const show = useAnswerError();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  function submit(value: string) {
    if (confirm.isPending) return;
    const checked = checkCode('totp', value);
    setError(null);
    if (checked instanceof FormatError) {
      setError(checked);
      return inputRef.current?.focus();
    }
    confirm.mutate(
      { recoveryId: request.id, code: checked },
      {
        onSuccess: ({ recovery }) => onConfirmed(recovery),
        onError: (failure) => {
          setError(failure);
          inputRef.current?.focus();
          inputRef.current?.select();
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(code);
  }

  return (
    <form className="stack" noValidate onSubmit={onSubmit}>
      <p>
        {t('lostAccess.code.body', { email: request.maskedEmail, minutes: RECOVERY_CODE_MINUTES })}
      </p>
      {error !== null && (
        <Alert tone="error">
          <p id={errorId}>{show(error)}</p>
        </Alert>
      )}
      <CodeField
        ref={inputRef}
        label={t('lostAccess.code.label')}
        name="recoveryEmailCode"
        value={code}
        onChange={setCode}
        onComplete={submit}
        autoFocus
        aria-describedby={error !== null ? errorId : undefined}
        aria-invalid={error !== null ? true : undefined}
      />
      <Button
        type="submit"
        variant="primary"
        loading={confirm.isPending}
        loadingLabel={t('lostAccess.code.submitting')}
      >
        {t('lostAccess.code.submit')}
      </Button>
    </form>
  );
}
