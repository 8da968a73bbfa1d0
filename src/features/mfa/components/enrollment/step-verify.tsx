import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '#src/api/api-error';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { CodeField } from '#src/components/code-field';
import { useErrorMessage } from '#src/i18n/error-message';

/** Failures that are about the code typed, so the field shows them too. */
const CODE_ERRORS = [
  'invalid_code',
  'invalid_code_format',
  'code_already_used',
  'clock_skew',
] as const;
/** Failures that only a new key can fix. */
const RESTART_ERRORS = ['enrollment_expired', 'no_pending_enrollment'] as const;
/** Failures worth simply sending the same code again. */
const RETRY_ERRORS = ['network', 'internal_error', 'bad_response'] as const;

type StepVerifyProps = {
  formId: string;
  code: string;
  onCodeChange: (code: string) => void;
  onSubmit: (code: string) => void;
  /** Client-side check ("enter 6 digits"). */
  validationError: string | null;
  /** The last failed confirmation, if any. */
  error: unknown;
  onStartAgain: () => void;
  pending: boolean;
  fieldRef?: Ref<HTMLInputElement>;
};

export function StepVerify({
  formId,
  code,
  onCodeChange,
  onSubmit,
  validationError,
  error,
  onStartAgain,
  pending,
  fieldRef,
}: StepVerifyProps) {
  const { t } = useTranslation('mfa');
  const errorText = useErrorMessage();
  const serverError = error ? errorText(error) : null;
  const fieldError =
    validationError ??
    (CODE_ERRORS.some((code) => isApiError(error, code)) ? serverError : null) ??
    undefined;
  const canRestart = RESTART_ERRORS.some((code) => isApiError(error, code));
  const canRetry = RETRY_ERRORS.some((code) => isApiError(error, code));
  const message = validationError ?? serverError;

  return (
    <form
      id={formId}
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(code);
      }}
    >
      <p>{t('wizard.verify.instructions')}</p>
      {message && (
        <Alert tone="error" title={fieldError ? t('reauth.errorSummary') : undefined}>
          <div className="stack-sm">
            <p>{message}</p>
            {(canRestart || canRetry) && (
              <div>
                <Button
                  loading={pending}
                  onClick={canRestart ? onStartAgain : () => onSubmit(code)}
                >
                  {canRestart ? t('wizard.verify.startAgain') : t('wizard.verify.retry')}
                </Button>
              </div>
            )}
          </div>
        </Alert>
      )}
      <CodeField
        ref={fieldRef}
        label={t('wizard.verify.codeLabel')}
        hint={t('wizard.verify.codeHint')}
        name="code"
        value={code}
        onChange={onCodeChange}
        onComplete={onSubmit}
        error={fieldError}
      />
    </form>
  );
}
