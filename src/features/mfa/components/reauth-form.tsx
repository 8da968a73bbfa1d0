import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryCodeSchema, totpCodeSchema } from '../../../api/codes';
import { isApiError, type ApiError } from '../../../api/errors';
import type { ReauthRequest } from '../../../api/mfa';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CodeField } from '../../../components/code-field';
import { TextField } from '../../../components/text-field';
import { useErrorMessage } from '../../../i18n/error-message';

type Field = 'password' | 'code' | 'recoveryCode';
type FieldErrors = Partial<Record<Field, string>>;

/** Which field a failure from the API is about; anything else is shown only in the summary. */
const FIELD_OF: Partial<Record<ApiError['code'], Field>> = {
  invalid_password: 'password',
  invalid_code: 'code',
  invalid_code_format: 'code',
  code_already_used: 'code',
  clock_skew: 'code',
  invalid_recovery_code: 'recoveryCode',
  invalid_recovery_code_format: 'recoveryCode',
};

function fieldOf(error: unknown): Field | null {
  return isApiError(error) ? (FIELD_OF[error.code] ?? null) : null;
}

type ReauthFormProps = {
  formId: string;
  /** The last failed request, if any (a mutation's `error`). */
  error: unknown;
  onSubmit: (request: ReauthRequest) => void;
};

/**
 * Password plus a second factor, as disabling MFA and regenerating recovery codes require
 * (SEC-14). Nothing typed is cleared on a failure, and switching factor keeps both values.
 */
export function ReauthForm({ formId, error, onSubmit }: ReauthFormProps) {
  const { t } = useTranslation('mfa');
  const errorText = useErrorMessage();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const recoveryCodeRef = useRef<HTMLInputElement>(null);

  const serverMessage = !clientErrors && error ? errorText(error) : null;
  const serverField = serverMessage ? fieldOf(error) : null;
  const errors: FieldErrors =
    clientErrors ?? (serverField && serverMessage ? { [serverField]: serverMessage } : {});
  const summary = clientErrors ? Object.values(clientErrors) : serverMessage ? [serverMessage] : [];

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!password) found.password = t('reauth.passwordRequired');
    const factor = useRecovery
      ? recoveryCodeSchema.safeParse(recoveryCode)
      : totpCodeSchema.safeParse(code);
    if (!factor.success) {
      if (useRecovery) found.recoveryCode = t('reauth.recoveryRequired');
      else found.code = t('reauth.codeRequired');
    }
    const first = (['password', 'code', 'recoveryCode'] as const).find((field) => found[field]);
    if (first || !factor.success) {
      setClientErrors(found);
      const refs = { password: passwordRef, code: codeRef, recoveryCode: recoveryCodeRef };
      if (first) refs[first].current?.focus();
      return;
    }
    setClientErrors(null);
    onSubmit(
      useRecovery ? { password, recoveryCode: factor.data } : { password, code: factor.data },
    );
  }

  const switched = useRef(false);
  useEffect(() => {
    // After "Use a recovery code instead" (and back), the field that appeared gets focus.
    if (!switched.current) return;
    (useRecovery ? recoveryCodeRef : codeRef).current?.focus();
  }, [useRecovery]);

  function switchFactor() {
    switched.current = true;
    setUseRecovery((current) => !current);
    setClientErrors(null);
  }

  return (
    <form id={formId} className="stack" noValidate onSubmit={handleSubmit}>
      <p>{useRecovery ? t('reauth.confirmIdentityRecovery') : t('reauth.confirmIdentity')}</p>
      {summary.length > 0 && (
        <Alert tone="error" title={t('reauth.errorSummary')}>
          {summary.length === 1 ? (
            <p>{summary[0]}</p>
          ) : (
            <ul>
              {summary.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <TextField
        ref={passwordRef}
        label={t('reauth.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      {useRecovery ? (
        <TextField
          ref={recoveryCodeRef}
          label={t('reauth.recoveryLabel')}
          hint={t('reauth.recoveryHint')}
          name="recoveryCode"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          value={recoveryCode}
          onChange={(event) => setRecoveryCode(event.target.value)}
          error={errors.recoveryCode}
          inputClassName="field-input-code"
        />
      ) : (
        <CodeField
          ref={codeRef}
          label={t('reauth.codeLabel')}
          hint={t('reauth.codeHint')}
          name="code"
          value={code}
          onChange={setCode}
          error={errors.code}
        />
      )}
      <div>
        <Button variant="link" onClick={switchFactor}>
          {useRecovery ? t('reauth.useApp') : t('reauth.useRecovery')}
        </Button>
      </div>
    </form>
  );
}
