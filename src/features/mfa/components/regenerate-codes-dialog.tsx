import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { ConfirmFooter } from '#src/components/confirm-footer';
import { Dialog } from '#src/components/dialog';
import { useWait } from '#src/components/wait-notice';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { AlsoSignOutField, useSignedOutNotice } from './also-sign-out-field';
import { ReauthForm } from './reauth-form';
import { useSavedCodesGate } from './recovery-codes-gate';
import { RecoveryCodesDone } from './recovery-codes-done';
import { RecoveryCodesPanel } from './recovery-codes-panel';

type RegenerateCodesDialogProps = { user: User; onClose: () => void };

/** New recovery codes after re-authentication; the old set stops working at once. */
export function RegenerateCodesDialog({ user, onClose }: RegenerateCodesDialogProps) {
  const { t } = useTranslation('mfa');
  const regenerate = useRegenerateRecoveryCodes();
  // A throttle's wait: the submit waits with it (the form counts it down).
  const waiting = useWait(regenerate.error) > 0;
  const [codes, setCodes] = useState<string[] | null>(null);
  const gate = useSavedCodesGate();
  const formId = useId();
  const inFlight = useRef(false);
  const readyRef = useRef<HTMLDivElement>(null);
  const [signOutOthers, setSignOutOthers] = useState(true);
  const signedOutNotice = useSignedOutNotice();

  // The form (and the focused button) is gone once the codes arrive: put focus on the news.
  useEffect(() => {
    if (codes) readyRef.current?.focus();
  }, [codes]);

  // Once new codes exist, the old ones are void: closing must not lose the new ones silently.
  const requestClose = () => (codes ? gate.requestClose(onClose) : onClose());

  return (
    <Dialog
      open
      onClose={requestClose}
      title={t('regenerate.title')}
      description={codes ? undefined : t('regenerate.description')}
      footer={
        codes ? (
          <RecoveryCodesDone gate={gate} label={t('regenerate.done')} onClose={onClose} />
        ) : (
          <ConfirmFooter
            cancelLabel={t('reauth.cancel')}
            onCancel={onClose}
            confirmLabel={t('regenerate.submit')}
            tone="primary"
            disabled={waiting}
            loading={regenerate.isPending}
            loadingLabel={t('regenerate.submitting')}
            formId={formId}
          />
        )
      }
    >
      {codes ? (
        <>
          <Alert ref={readyRef} tone="success">
            {t('regenerate.ready')}
          </Alert>
          <RecoveryCodesPanel codes={codes} accountName={user.email} gate={gate} />
        </>
      ) : (
        <>
          <ReauthForm
            formId={formId}
            error={regenerate.error}
            onSubmit={(request) => {
              if (inFlight.current) return;
              inFlight.current = true;
              regenerate.mutate(
                { ...request, signOutOtherSessions: signOutOthers },
                {
                  onSuccess: (response) => {
                    setCodes(response.recoveryCodes);
                    signedOutNotice(response.signedOut);
                  },
                  onSettled: () => {
                    inFlight.current = false;
                  },
                },
              );
            }}
          />
          <AlsoSignOutField checked={signOutOthers} onChange={setSignOutOthers} />
        </>
      )}
    </Dialog>
  );
}
