import { useTranslation } from 'react-i18next';
import { CheckboxField } from '#src/components/checkbox-field';
import { useToast } from '#src/components/toast';

/**
 * "Also sign out my other sessions", offered where a second factor changes and checked by
 * default: whoever fears a factor was taken should not have to find the sessions it opened.
 */
export function AlsoSignOutField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation('mfa');
  return (
    <CheckboxField
      label={t('alsoSignOut.label')}
      hint={t('alsoSignOut.hint')}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

/** After the change, how many other sessions ended, when any did (announced like any toast). */
export function useSignedOutNotice(): (count: number) => void {
  const { t } = useTranslation('profile');
  const toast = useToast();
  return (count) => {
    if (count > 0) toast.show(t('sessions.signedOutOthers', { count }));
  };
}
