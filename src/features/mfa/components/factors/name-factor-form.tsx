import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FACTOR_NAME_MAX, type Factor } from '#src/api/factors';
import { Button } from '#src/components/button';
import { TextField } from '#src/components/text-field';
import { useErrorMessage } from '#src/i18n/error-message';
import type { useRenameFactor } from '#src/features/mfa/api/factors';
import { factorName } from '#src/features/mfa/factor-name';

type NameFactorFormProps = {
  formId: string;
  factor: Factor;
  onDone: (factor: Factor) => void;
  rename: ReturnType<typeof useRenameFactor>;
  autoFocus?: boolean;
};

/**
 * The name field shared by renaming and by the naming step after a set-up: trimmed and
 * length-checked here, unique per account by the server's answer. An unchanged name sends
 * nothing.
 */
export function NameFactorForm({ formId, factor, onDone, rename, autoFocus }: NameFactorFormProps) {
  const { t } = useTranslation('profile');
  const errorText = useErrorMessage();
  const [name, setName] = useState(() => factorName(factor, t));
  const [clientError, setClientError] = useState<string | null>(null);
  const error = clientError ?? (rename.error ? errorText(rename.error) : undefined);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setClientError(t('factors.nameRequired'));
    if (trimmed.length > FACTOR_NAME_MAX)
      return setClientError(t('factors.nameTooLong', { max: FACTOR_NAME_MAX }));
    setClientError(null);
    // The suggested name unchanged keeps no name: it stays in the reader's language.
    if (trimmed === factorName(factor, t)) return onDone(factor);
    rename.mutate(
      { id: factor.id, name: trimmed },
      { onSuccess: ({ factor: renamed }) => onDone(renamed) },
    );
  }

  return (
    <form id={formId} noValidate onSubmit={handleSubmit}>
      <TextField
        label={t('factors.nameLabel')}
        hint={t('factors.nameHint', { max: FACTOR_NAME_MAX })}
        name="name"
        autoComplete="off"
        autoFocus={autoFocus}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error}
      />
    </form>
  );
}

/** Save, and Skip (after a set-up: the server's default name stays) or Cancel (a rename). */
export function NameFactorFooter({
  formId,
  saving,
  onSkip,
  onCancel,
}: {
  formId: string;
  saving: boolean;
} & ({ onSkip: () => void; onCancel?: never } | { onCancel: () => void; onSkip?: never })) {
  const { t } = useTranslation('profile');
  return (
    <>
      <Button variant="ghost" onClick={onSkip ?? onCancel}>
        {onSkip ? t('factors.skip') : t('factors.cancel')}
      </Button>
      <Button
        variant="primary"
        type="submit"
        form={formId}
        loading={saving}
        loadingLabel={t('factors.saving')}
      >
        {t('factors.save')}
      </Button>
    </>
  );
}
