import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '#src/api/factors';
import { Dialog } from '#src/components/dialog';
import { useToast } from '#src/components/toast';
import { useRenameFactor } from '#src/features/mfa/api/factors';
import { factorName } from '#src/features/mfa/factor-name';
import { NameFactorFooter, NameFactorForm } from './name-factor-form';

export function RenameFactorDialog({ factor, onClose }: { factor: Factor; onClose: () => void }) {
  const { t } = useTranslation('profile');
  const toast = useToast();
  const rename = useRenameFactor();
  const formId = useId();

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('factors.renameTitle')}
      footer={<NameFactorFooter formId={formId} saving={rename.isPending} onCancel={onClose} />}
    >
      <NameFactorForm
        formId={formId}
        factor={factor}
        rename={rename}
        onDone={(renamed) => {
          toast.show(t('factors.renamed', { name: factorName(renamed, t) }));
          onClose();
        }}
      />
    </Dialog>
  );
}
