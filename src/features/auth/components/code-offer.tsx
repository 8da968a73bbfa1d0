import type { FormEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/components/button';
import { CodeField } from '#src/components/code-field';
import { TextField } from '#src/components/text-field';

type CodeOfferProps = {
  recovery: boolean;
  /** The first offer: the primary button, and the field focused when the step opens. */
  primary: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The field's value: the code, or the recovery code. */
  value: string;
  onChange: (value: string) => void;
  /** Six digits typed or pasted submit by themselves. */
  onComplete: (code: string) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  disabled: boolean;
  verifying: boolean;
  /** The alert that says what is wrong with the code, if it is the code. */
  errorId?: string;
};

/** The 6-digit code (authenticator app or email) or, on request, a recovery code. */
export function CodeOffer({
  recovery,
  primary,
  inputRef,
  value,
  onChange,
  onComplete,
  onSubmit,
  disabled,
  verifying,
  errorId,
}: CodeOfferProps) {
  const invalid = { 'aria-describedby': errorId, 'aria-invalid': errorId ? true : undefined };
  const { t } = useTranslation('verify');
  return (
    <form className="stack" noValidate onSubmit={onSubmit}>
      {recovery ? (
        <TextField
          key="recovery"
          ref={inputRef}
          label={t('recoveryLabel')}
          name="recoveryCode"
          placeholder={t('recoveryPlaceholder')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          {...invalid}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <CodeField
          key="code"
          ref={inputRef}
          label={t('codeLabel')}
          name="code"
          value={value}
          onChange={onChange}
          onComplete={onComplete}
          autoFocus={primary}
          {...invalid}
        />
      )}
      <Button
        type="submit"
        variant={primary ? 'primary' : 'secondary'}
        disabled={disabled}
        loading={verifying}
        loadingLabel={t('submitting')}
      >
        {t('submit')}
      </Button>
    </form>
  );
}
