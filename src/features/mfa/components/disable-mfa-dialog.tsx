import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmFooter } from '#src/components/confirm-footer';
import { Dialog } from '#src/components/dialog';
import { useWait } from '#src/components/wait-notice';
import { useToast } from '#src/components/toast';
import { useDisableMfa } from '../api/disable-mfa';
import { AlsoSignOutField, useSignedOutNotice } from './also-sign-out-field';
import { ReauthForm } from './reauth-form';

/** "Disable MFA": password plus a current code (or a recovery code), then sign-in codes by email. */
export function DisableMfaDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('mfa');
  const toast = useToast();
  const disable = useDisableMfa();
  // A throttle's wait: the submit waits with it (the form counts it down).
  const waiting = useWait(disable.error) > 0;
  const formId = useId();
  const inFlight = useRef(false);
  const [signOutOthers, setSignOutOthers] = useState(true);
  const signedOutNotice = useSignedOutNotice();

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('disable.title')}
      description={t('disable.description')}
      footer={
        <ConfirmFooter
          cancelLabel={t('reauth.cancel')}
          onCancel={onClose}
          confirmLabel={t('disable.submit')}
          disabled={waiting}
          loading={disable.isPending}
          loadingLabel={t('disable.submitting')}
          formId={formId}
        />
      }
    >
      <ReauthForm
        formId={formId}
        error={disable.error}
        onSubmit={(request) => {
          if (inFlight.current) return;
          inFlight.current = true;
          // Awaited rather than a mutate() callback: the session update that follows success
          // re-renders the MFA row, and this must run even if the dialog is gone by then.
          disable
            .mutateAsync({ ...request, signOutOtherSessions: signOutOthers })
            .then(({ signedOut }) => {
              toast.show(t('disable.success'));
              signedOutNotice(signedOut);
              onClose();
            })
            .catch(() => {
              // Shown from `disable.error`; everything typed stays.
            })
            .finally(() => {
              inFlight.current = false;
            });
        }}
      />
      <AlsoSignOutField checked={signOutOthers} onChange={setSignOutOthers} />
    </Dialog>
  );
}
