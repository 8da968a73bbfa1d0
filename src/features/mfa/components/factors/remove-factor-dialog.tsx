import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '#src/api/factors';
import { Alert } from '#src/components/alert';
import { ConfirmFooter } from '#src/components/confirm-footer';
import { Dialog } from '#src/components/dialog';
import { useToast } from '#src/components/toast';
import { useErrorMessage } from '#src/i18n/error-message';
import { needsReauth, useRemoveFactor } from '#src/features/mfa/api/factors';
import { factorName } from '#src/features/mfa/factor-name';
import { AlsoSignOutField, useSignedOutNotice } from '../also-sign-out-field';
import { ReauthForm } from '../reauth-form';

/**
 * Removing asks for nothing more while the session is in sudo mode; otherwise the server's
 * `reauth_required` brings up the password and code form, and the removal follows it.
 */
export function RemoveFactorDialog({ factor, onClose }: { factor: Factor; onClose: () => void }) {
  const { t } = useTranslation('profile');
  const errorText = useErrorMessage();
  const toast = useToast();
  const remove = useRemoveFactor();
  const formId = useId();
  const asking = remove.error !== null && (needsReauth(remove.error) || remove.variables?.reauth);
  const [signOutOthers, setSignOutOthers] = useState(true);
  const signedOutNotice = useSignedOutNotice();

  const run = (reauth?: Parameters<typeof remove.mutate>[0]['reauth']) =>
    remove.mutate(
      { id: factor.id, signOutOthers, reauth },
      {
        onSuccess: ({ signedOut }) => {
          toast.show(t('factors.removed', { name: factorName(factor, t) }));
          signedOutNotice(signedOut);
          onClose();
        },
      },
    );

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('factors.removeTitle', { name: factorName(factor, t) })}
      description={t('factors.removeDescription')}
      footer={
        <ConfirmFooter
          cancelLabel={t('factors.cancel')}
          onCancel={onClose}
          confirmLabel={t('factors.removeConfirm')}
          loading={remove.isPending}
          loadingLabel={t('factors.removing')}
          formId={asking ? formId : undefined}
          onConfirm={() => run()}
        />
      }
    >
      {asking ? (
        <ReauthForm
          formId={formId}
          error={needsReauth(remove.error) ? null : remove.error}
          onSubmit={(request) => run(request)}
        />
      ) : (
        remove.error && <Alert tone="error">{errorText(remove.error)}</Alert>
      )}
      <AlsoSignOutField checked={signOutOthers} onChange={setSignOutOthers} />
    </Dialog>
  );
}
