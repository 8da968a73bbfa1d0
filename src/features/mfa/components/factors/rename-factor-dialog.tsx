import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FACTOR_NAME_MAX, type Factor } from '../../../../api/factors';
import { Button } from '../../../../components/button';
import { Dialog } from '../../../../components/dialog';
import { TextField } from '../../../../components/text-field';
import { useToast } from '../../../../components/toast';
import { useErrorMessage } from '../../../../i18n/error-message';
import { useRenameFactor } from '../../api/factors';

/** The name is trimmed and checked here first; uniqueness is the server's answer. */
export function RenameFactorDialog({ factor, onClose }: { factor: Factor; onClose: () => void }) {
  const { t } = useTranslation('profile');
  const errorText = useErrorMessage();
  const toast = useToast();
  const rename = useRenameFactor();
  const formId = useId();
  const [name, setName] = useState(factor.name);
  const [clientError, setClientError] = useState<string | null>(null);
  const error = clientError ?? (rename.error ? errorText(rename.error) : undefined);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setClientError(t('factors.nameRequired'));
    if (trimmed.length > FACTOR_NAME_MAX)
      return setClientError(t('factors.nameTooLong', { max: FACTOR_NAME_MAX }));
    setClientError(null);
    rename.mutate(
      { id: factor.id, name: trimmed },
      {
        onSuccess: ({ factor: renamed }) => {
          toast.show(t('factors.renamed', { name: renamed.name }));
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('factors.renameTitle')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('factors.cancel')}
          </Button>
          <Button
            variant="primary"
            type="submit"
            form={formId}
            loading={rename.isPending}
            loadingLabel={t('factors.saving')}
          >
            {t('factors.save')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={handleSubmit}>
        <TextField
          label={t('factors.nameLabel')}
          hint={t('factors.nameHint', { max: FACTOR_NAME_MAX })}
          name="name"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={error}
        />
      </form>
    </Dialog>
  );
}
