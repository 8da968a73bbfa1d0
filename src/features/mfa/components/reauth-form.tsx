import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryCodeSchema, totpCodeSchema } from '#src/api/codes';
import { isApiError, type ApiError } from '#src/api/api-error';
import { preloadKeyCeremony } from '#src/api/key-support';
import type { ReauthRequest } from '#src/api/mfa';
import { Alert } from '#src/components/alert';
import { CodeField } from '#src/components/code-field';
import { TextField } from '#src/components/text-field';
import { useErrorMessage } from '#src/i18n/error-message';
import { fetchReauthKeyOptions } from '../api/security-keys';
import { ReauthSwitch } from './reauth-switch';
import { useReauthFactor, type ReauthMode } from './use-reauth-factor';

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

const INTRO: Record<ReauthMode, string> = {
  key: 'reauth.confirmIdentityKey',
  code: 'reauth.confirmIdentity',
  recovery: 'reauth.confirmIdentityRecovery',
};

type ReauthFormProps = {
  formId: string;
  /** The last failed request, if any (a mutation's `error`). */
  error: unknown;
  onSubmit: (request: ReauthRequest) => void;
};

/**
 * Password plus a second factor, as disabling MFA, new recovery codes and sudo mode require
 * (SEC-14): the security key (the browser's prompt follows the submit), a code, or a recovery
 * code. Nothing typed is cleared on a failure, and switching factor keeps every value.
 */
export function ReauthForm({ formId, error, onSubmit }: ReauthFormProps) {
  const { t } = useTranslation('mfa');
  const errorText = useErrorMessage();
  const factor = useReauthFactor();
  const { mode } = factor;
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [keyError, setKeyError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const recoveryCodeRef = useRef<HTMLInputElement>(null);

  const failure = keyError ?? error;
  const serverMessage = !clientErrors && failure ? errorText(failure) : null;
  const serverField = serverMessage && !keyError ? fieldOf(error) : null;
  const errors: FieldErrors =
    clientErrors ?? (serverField && serverMessage ? { [serverField]: serverMessage } : {});
  const summary = clientErrors ? Object.values(clientErrors) : serverMessage ? [serverMessage] : [];

  async function confirmWithKey() {
    setWaiting(true);
    try {
      const { answerWithKey } = await preloadKeyCeremony();
      const credential = await answerWithKey(fetchReauthKeyOptions);
      onSubmit({ password, credential });
    } catch (failed) {
      setKeyError(failed);
    } finally {
      setWaiting(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (waiting) return;
    setKeyError(null);
    const found: FieldErrors = {};
    if (!password) found.password = t('reauth.passwordRequired');
    const parsed =
      mode === 'recovery'
        ? recoveryCodeSchema.safeParse(recoveryCode)
        : mode === 'code'
          ? totpCodeSchema.safeParse(code)
          : null;
    if (parsed && !parsed.success) {
      if (mode === 'recovery') found.recoveryCode = t('reauth.recoveryRequired');
      else found.code = t('reauth.codeRequired');
    }
    const first = (['password', 'code', 'recoveryCode'] as const).find((field) => found[field]);
    if (first) {
      setClientErrors(found);
      const refs = { password: passwordRef, code: codeRef, recoveryCode: recoveryCodeRef };
      refs[first].current?.focus();
      return;
    }
    setClientErrors(null);
    if (!parsed) return void confirmWithKey();
    if (!parsed.success) return;
    onSubmit(
      mode === 'recovery'
        ? { password, recoveryCode: parsed.data }
        : { password, code: parsed.data },
    );
  }

  const switched = useRef(false);
  useEffect(() => {
    // After "Use a recovery code instead" (and back), the field that appeared gets focus.
    if (!switched.current) return;
    if (mode === 'key') passwordRef.current?.focus();
    else (mode === 'recovery' ? recoveryCodeRef : codeRef).current?.focus();
  }, [mode]);

  function switchTo(next: ReauthMode) {
    switched.current = true;
    factor.choose(next);
    setClientErrors(null);
    setKeyError(null);
  }

  return (
    <form id={formId} className="stack" noValidate onSubmit={handleSubmit}>
      <p>{t(INTRO[mode])}</p>
      {factor.keyUnavailable && <Alert tone="info">{t('reauth.keyUnsupported')}</Alert>}
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
      {mode === 'recovery' && (
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
      )}
      {mode === 'code' && (
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
      {waiting && (
        <p role="status" className="muted">
          {t('reauth.keyWaiting')}
        </p>
      )}
      <ReauthSwitch mode={mode} modes={factor.modes} onSwitch={switchTo} />
    </form>
  );
}
