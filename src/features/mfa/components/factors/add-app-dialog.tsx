import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { totpCodeSchema } from '#src/api/codes';
import type { Factor } from '#src/api/factors';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';
import { useWait } from '#src/components/wait-notice';
import { useToast } from '#src/components/toast';
import {
  needsReauth,
  useAddApp,
  useEnterSudo,
  useRenameFactor,
} from '#src/features/mfa/api/factors';
import { useCancelEnrollment } from '#src/features/mfa/api/cancel-enrollment';
import { mfaQueryKeys } from '#src/features/mfa/api/query-keys';
import { enrollmentQueryOptions } from '#src/features/mfa/api/start-enrollment';
import { factorName } from '#src/features/mfa/factor-name';
import { StepScan } from '../enrollment/step-scan';
import { StepVerify } from '../enrollment/step-verify';
import { ReauthForm } from '../reauth-form';
import { NameFactorFooter, NameFactorForm } from './name-factor-form';
// The step heading's look, shared with the Enable MFA wizard.
import '../enrollment/enrollment.css';

/**
 * One more authenticator app: confirm it's you (unless this session is in sudo mode), scan and
 * verify, then name it. Nothing is saved before the code verified; closing earlier cancels the
 * pending key, so an abandoned set-up leaves nothing behind.
 */
export function AddAppDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('profile');
  const { t: tm } = useTranslation('mfa');
  const toast = useToast();
  const queryClient = useQueryClient();
  const enrollment = useQuery(enrollmentQueryOptions());
  const sudo = useEnterSudo();
  // A throttle's wait: the submit waits with it (the form counts it down).
  const waiting = useWait(sudo.error) > 0;
  const add = useAddApp();
  const rename = useRenameFactor();
  const cancel = useCancelEnrollment();
  const formId = useId();
  const [code, setCode] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const [added, setAdded] = useState<Factor | null>(null);
  const asking = needsReauth(enrollment.error) || needsReauth(add.error);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keyShown = !added && !asking && enrollment.isSuccess;

  // As in the wizard: once the key is on screen, focus goes to its step's heading (not Cancel),
  // so a screen reader starts at the top of what changed.
  useEffect(() => {
    if (keyShown) headingRef.current?.focus();
  }, [keyShown]);

  function confirmIdentity(request: Parameters<typeof sudo.mutate>[0]) {
    sudo.mutate(request, {
      onSuccess: () => {
        add.reset();
        void queryClient.resetQueries({ queryKey: mfaQueryKeys.enrollment() });
      },
    });
  }

  function verify(raw: string) {
    if (add.isPending) return;
    const parsed = totpCodeSchema.safeParse(raw);
    if (!parsed.success) return setValidationError(tm('wizard.verify.codeRequired'));
    setValidationError(null);
    add.mutate({ code: parsed.data }, { onSuccess: ({ factor }) => setAdded(factor) });
  }

  function requestClose() {
    if (added) return onClose();
    if (add.isPending || cancel.isPending) return;
    cancel.mutate(undefined, { onSettled: onClose });
  }

  const done = (factor: Factor) => {
    toast.show(t('factors.addedToast', { name: factorName(factor, t) }));
    onClose();
  };

  const footer = added ? (
    <NameFactorFooter formId={formId} saving={rename.isPending} onSkip={() => done(added)} />
  ) : (
    <>
      <Button variant="ghost" onClick={requestClose}>
        {t('factors.cancel')}
      </Button>
      <Button
        variant="primary"
        type="submit"
        form={formId}
        disabled={waiting}
        loading={asking ? sudo.isPending : add.isPending}
        loadingLabel={asking ? t('factors.confirming') : t('factors.verifying')}
      >
        {asking ? t('factors.continue') : t('factors.verify')}
      </Button>
    </>
  );

  return (
    <Dialog
      open
      onClose={requestClose}
      title={added ? t('factors.nameTitle') : t('factors.addAppTitle')}
      size="lg"
      footer={footer}
    >
      {added ? (
        <div className="stack">
          <p role="status">{t('factors.addedNotice')}</p>
          <NameFactorForm formId={formId} factor={added} rename={rename} onDone={done} autoFocus />
        </div>
      ) : asking ? (
        <ReauthForm formId={formId} error={sudo.error} onSubmit={confirmIdentity} />
      ) : (
        <div className="stack">
          <h3 ref={headingRef} tabIndex={-1} className="wizard-heading">
            {tm('wizard.scan.heading')}
          </h3>
          <StepScan enrollment={enrollment} />
          {enrollment.isSuccess && (
            <StepVerify
              formId={formId}
              code={code}
              onCodeChange={setCode}
              onSubmit={verify}
              validationError={validationError}
              error={add.error}
              onStartAgain={() => {
                add.reset();
                setCode('');
                void queryClient.resetQueries({ queryKey: mfaQueryKeys.enrollment() });
              }}
              pending={add.isPending}
            />
          )}
        </div>
      )}
    </Dialog>
  );
}
