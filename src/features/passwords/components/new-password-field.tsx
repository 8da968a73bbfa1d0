import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '#src/components/password-field';
import { usePasswordCheck, type PersonalData } from '../use-password-check';
import { PasswordFeedback } from './password-feedback';

type NewPasswordFieldProps = {
  value: string;
  onChange: (value: string) => void;
  /** The account's email and name: a password built from them is refused. */
  personal: PersonalData;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** The new password, with the rules as a hint and the estimate in words as the person types. */
export function NewPasswordField({ value, onChange, personal, error, ref }: NewPasswordFieldProps) {
  const { t } = useTranslation('passwords');
  const check = usePasswordCheck(value, personal);
  const feedbackId = useId();
  return (
    <PasswordField
      ref={ref}
      label={t('field.new')}
      showLabel={t('field.show')}
      name="newPassword"
      autoComplete="new-password"
      hint={t('field.rules')}
      value={value}
      error={error}
      aria-describedby={feedbackId}
      onChange={(event) => onChange(event.target.value)}
    >
      <PasswordFeedback check={check} id={feedbackId} />
    </PasswordField>
  );
}
