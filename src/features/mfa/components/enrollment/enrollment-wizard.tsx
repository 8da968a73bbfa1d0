import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { totpCodeSchema } from '#src/api/codes';
import { isApiError } from '#src/api/api-error';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';
import { useCancelEnrollment } from '#src/features/mfa/api/cancel-enrollment';
import { useConfirmEnrollment } from '#src/features/mfa/api/confirm-enrollment';
import { mfaQueryKeys } from '#src/features/mfa/api/query-keys';
import { enrollmentQueryOptions } from '#src/features/mfa/api/start-enrollment';
import { useLeaveWarning, useSavedCodesGate } from '../recovery-codes-gate';
import { RecoveryCodesDone } from '../recovery-codes-done';
import { RecoveryCodesPanel } from '../recovery-codes-panel';
import { StepIntro } from './step-intro';
import { SETUP_STEPS, StepProgress } from './step-progress';
import { StepScan } from './step-scan';
import { StepVerify } from './step-verify';
import './enrollment.css';

type Step = 1 | 2 | 3 | 4;
const STEP_HEADINGS = {
  1: 'wizard.intro.heading',
  2: 'wizard.scan.heading',
  3: 'wizard.verify.heading',
  4: 'wizard.done.heading',
} as const;

/** The step in the URL (so a reload reopens it); the recovery-code step exists only in memory. */
function stepFromUrl(value: string | null): 1 | 2 | 3 {
  return value === '2' ? 2 : value === '3' ? 3 : 1;
}

type EnrollmentWizardProps = { user: User; onClose: () => void };

/**
 * "Assign authenticator app": explain, scan (or type the key), confirm with a code, then keep the
 * recovery codes. The pending secret comes from the API (start or resume), so "Back", a reload or
 * a wrong code always show the same key.
 */
export function EnrollmentWizard({ user, onClose }: EnrollmentWizardProps) {
  const { t } = useTranslation('mfa');
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  // Opened (e.g. by a reload) after MFA was already on: the codes are gone, nothing to show.
  const [openedWhileEnabled] = useState(user.mfa.enabled);
  const confirm = useConfirmEnrollment();
  const cancel = useCancelEnrollment();
  // The key is asked for only while the setup is open: once a code is being checked, MFA is on
  // or the setup is being cancelled, the cache entry is removed and nothing may fetch it again
  // (that would bring the secret back, or leave a new setup pending).
  const enrollment = useQuery({
    ...enrollmentQueryOptions(),
    enabled: !openedWhileEnabled && !confirm.isPending && !confirm.isSuccess && cancel.isIdle,
  });
  const [code, setCode] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const gate = useSavedCodesGate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const submitting = useRef(false);
  const formId = useId();

  const step: Step = recoveryCodes ? 4 : stepFromUrl(params.get('step'));
  const alreadyOn = openedWhileEnabled || isApiError(enrollment.error, 'mfa_already_enabled');

  useEffect(() => {
    if (alreadyOn) onClose();
  }, [alreadyOn, onClose]);

  // Each step change is announced by moving focus to the new step's heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  useLeaveWarning(step === 4 && !gate.saved);

  function goTo(next: Step) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('step', String(next));
        return updated;
      },
      { replace: true },
    );
  }

  function submit(raw: string) {
    if (submitting.current || confirm.isPending) return;
    const parsed = totpCodeSchema.safeParse(raw);
    if (!parsed.success) {
      confirm.reset();
      setValidationError(t('wizard.verify.codeRequired'));
      return;
    }
    setValidationError(null);
    submitting.current = true;
    confirm.mutate(
      { code: parsed.data },
      {
        onSuccess: (response) => {
          setRecoveryCodes(response.recoveryCodes);
          goTo(4);
        },
        onSettled: () => {
          submitting.current = false;
        },
      },
    );
  }

  function startAgain() {
    confirm.reset();
    setCode('');
    setValidationError(null);
    // The API hands out a new key only because the old one expired or is gone.
    void queryClient.resetQueries({ queryKey: mfaQueryKeys.enrollment() });
    goTo(2);
  }

  function requestClose() {
    if (step === 4) {
      gate.requestClose(onClose);
      return;
    }
    // A code being checked may turn MFA on: wait for the answer rather than race it.
    if (confirm.isPending || cancel.isPending) return;
    cancel.mutate(undefined, { onSettled: onClose });
  }

  if (alreadyOn) return null;

  const cancelButton = (
    <Button
      variant="ghost"
      onClick={requestClose}
      loading={cancel.isPending}
      loadingLabel={t('wizard.cancelling')}
    >
      {t('wizard.cancel')}
    </Button>
  );
  const backButton = (
    <Button onClick={() => goTo(step === 3 ? 2 : 1)} disabled={confirm.isPending}>
      {t('wizard.back')}
    </Button>
  );
  const footer =
    step === 1 ? (
      <>
        {cancelButton}
        <Button variant="primary" onClick={() => goTo(2)}>
          {t('wizard.next')}
        </Button>
      </>
    ) : step === 2 ? (
      <>
        {cancelButton}
        {backButton}
        <Button variant="primary" onClick={() => goTo(3)} disabled={!enrollment.data}>
          {t('wizard.next')}
        </Button>
      </>
    ) : step === 3 ? (
      <>
        {cancelButton}
        {backButton}
        <Button
          variant="primary"
          type="submit"
          form={formId}
          loading={confirm.isPending}
          loadingLabel={t('wizard.verify.submitting')}
        >
          {t('wizard.verify.submit')}
        </Button>
      </>
    ) : (
      <RecoveryCodesDone gate={gate} label={t('wizard.done.done')} onClose={onClose} />
    );

  return (
    <Dialog open onClose={requestClose} title={t('wizard.title')} size="lg" footer={footer}>
      <StepProgress current={step} />
      {/* One visible heading per step; "Step 2 of 3" is the step bar's, read here too on focus. */}
      <h3 ref={headingRef} tabIndex={-1} className="wizard-heading">
        {step < 4 && (
          <span className="visually-hidden">
            {t('wizard.stepOf', { step, total: SETUP_STEPS.length })}{' '}
          </span>
        )}
        {t(STEP_HEADINGS[step])}
      </h3>
      {step === 1 && <StepIntro />}
      {step === 2 && <StepScan enrollment={enrollment} />}
      {step === 3 && (
        <StepVerify
          formId={formId}
          code={code}
          onCodeChange={setCode}
          onSubmit={submit}
          validationError={validationError}
          error={confirm.error}
          onStartAgain={startAgain}
          pending={confirm.isPending}
        />
      )}
      {step === 4 && recoveryCodes && (
        <>
          <Alert tone="success">{t('wizard.done.enabled')}</Alert>
          <RecoveryCodesPanel codes={recoveryCodes} accountName={user.email} gate={gate} />
        </>
      )}
    </Dialog>
  );
}
