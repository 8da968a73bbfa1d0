import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { preloadKeyCeremony, useKeySupport } from '#src/api/key-support';
import type { ReauthRequest } from '#src/api/mfa';
import { Alert } from '#src/components/alert';
import { checkCode, fieldOf, FormatError, useAnswerError } from '#src/components/answer-error';
import { Button } from '#src/components/button';
import { CodeField } from '#src/components/code-field';
import { pickMethods, type Method } from '#src/components/method-picker';
import { TextField } from '#src/components/text-field';
import { waitEnd, WaitNotice } from '#src/components/wait-notice';
import { factorsQueryOptions } from '../api/factors';
import { fetchReauthKeyOptions } from '../api/security-keys';

/** Each method's introduction, and its "use … instead" link from the others. */
const TEXT: Record<Method, [intro: string, useInstead: string]> = {
  webauthn: ['reauth.confirmIdentityKey', 'reauth.useKey'],
  totp: ['reauth.confirmIdentity', 'reauth.useApp'],
  recovery_code: ['reauth.confirmIdentityRecovery', 'reauth.useRecovery'],
};

/** This form words a format error by what is missing. */
const FORMAT_TEXTS = {
  password_required: 'mfa:reauth.passwordRequired',
  invalid_code_format: 'mfa:reauth.codeRequired',
  invalid_recovery_code_format: 'mfa:reauth.recoveryRequired',
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
  const show = useAnswerError(FORMAT_TEXTS);
  // The server's order decides where the form starts; "use … instead" chooses another.
  const methods = useQuery(factorsQueryOptions()).data?.methods;
  const pick = pickMethods(methods, useKeySupport(methods?.includes('webauthn') ?? false));
  const [chosen, choose] = useState<Method | null>(null);
  const method = chosen && pick.offered.includes(chosen) ? chosen : pick.first;
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [formatErrors, setFormatErrors] = useState<FormatError[] | null>(null);
  const [keyError, setKeyError] = useState<unknown>(null);
  const [waiting, setWaiting] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const recoveryCodeRef = useRef<HTMLInputElement>(null);

  const failure = keyError ?? error;
  // A throttle's wait is told once, by WaitNotice; the summary keeps what can be corrected.
  const failures = formatErrors ?? (failure && !waitEnd(failure) ? [failure] : []);
  const summary = failures.map(show);
  const errors = Object.fromEntries(
    failures.flatMap((each) => (fieldOf(each) ? [[fieldOf(each), show(each)]] : [])),
  );

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
    const checked =
      method === 'webauthn' ? null : checkCode(method, method === 'totp' ? code : recoveryCode);
    const found = [
      ...(password ? [] : [new FormatError('password_required')]),
      ...(checked instanceof FormatError ? [checked] : []),
    ];
    setFormatErrors(found.length > 0 ? found : null);
    const field = found[0] && fieldOf(found[0]);
    const refs = { password: passwordRef, code: codeRef, recoveryCode: recoveryCodeRef };
    if (field) return refs[field].current?.focus();
    if (checked === null) return void confirmWithKey();
    if (typeof checked === 'string')
      onSubmit(
        method === 'totp' ? { password, code: checked } : { password, recoveryCode: checked },
      );
  }

  useEffect(() => {
    // After the server's answer, the field to correct takes focus with its value selected; a
    // wait sends focus to the factor's field, to be filled again once it is over.
    if (!error) return;
    const field = fieldOf(error) ?? (method === 'webauthn' ? 'password' : null);
    const refs = { password: passwordRef, code: codeRef, recoveryCode: recoveryCodeRef };
    const input = refs[field ?? (method === 'totp' ? 'code' : 'recoveryCode')].current;
    input?.focus();
    input?.select();
    // Only a new answer moves focus, not a switch of method.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  const switched = useRef(false);
  useEffect(() => {
    // After "Use a recovery code instead" (and back), the field that appeared gets focus.
    if (!switched.current) return;
    if (method === 'webauthn') passwordRef.current?.focus();
    else (method === 'recovery_code' ? recoveryCodeRef : codeRef).current?.focus();
  }, [method]);

  function switchTo(next: Method) {
    switched.current = true;
    choose(next);
    setFormatErrors(null);
    setKeyError(null);
  }

  return (
    <form id={formId} className="stack" noValidate onSubmit={handleSubmit}>
      <p>{t(TEXT[method][0])}</p>
      {pick.keyUnavailable && <Alert tone="info">{t('reauth.keyUnsupported')}</Alert>}
      <WaitNotice failure={error} />
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
      {method === 'recovery_code' && (
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
      {method === 'totp' && (
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
      <div className="stack-sm">
        {pick.offered
          .filter((other) => other !== method)
          .map((other) => (
            <div key={other}>
              <Button variant="link" onClick={() => switchTo(other)}>
                {t(TEXT[other][1])}
              </Button>
            </div>
          ))}
      </div>
    </form>
  );
}
