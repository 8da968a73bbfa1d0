import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '#src/api/factors';
import type { User } from '#src/api/user';
import type { RegisterKeyResponse } from '#src/api/webauthn';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';
import { useRenameFactor } from '#src/features/mfa/api/factors';
import { KeyCeremonyStatus } from '../factors/key-ceremony-status';
import { NameFactorFooter, NameFactorForm } from '../factors/name-factor-form';
import { useCreateKey } from '../factors/use-create-key';
import { useLeaveWarning, useSavedCodesGate } from '../recovery-codes-gate';
import { RecoveryCodesDone } from '../recovery-codes-done';
import { RecoveryCodesPanel } from '../recovery-codes-panel';
import './enable.css';

type EnableWithKeyDialogProps = { user: User; onClose: () => void; onBack: () => void };

/** What the server gave back when the key turned MFA on; the codes are shown this once. */
type Enabled = { factor: Factor; recoveryCodes: readonly string[]; named: boolean };

/**
 * MFA turned on with a security key or passkey: explain, the browser's prompt, name the key,
 * then keep the recovery codes. Nothing is pending before the server verified the key, so
 * closing before then changes nothing; after it, the codes must be seen and confirmed.
 */
export function EnableWithKeyDialog({ user, onClose, onBack }: EnableWithKeyDialogProps) {
  const { t } = useTranslation('mfa');
  const { t: tp } = useTranslation('profile');
  const [enabled, setEnabled] = useState<Enabled | null>(null);
  // Opened after MFA was on (a reload, another tab): the codes are gone, nothing to show.
  const [openedWhileEnabled] = useState(user.mfa.enabled);
  const key = useCreateKey(({ factor, recoveryCodes }: RegisterKeyResponse) =>
    // Without codes the account already had MFA (another tab turned it on): a key was added.
    recoveryCodes ? setEnabled({ factor, recoveryCodes, named: false }) : onClose(),
  );
  const rename = useRenameFactor();
  const gate = useSavedCodesGate();
  const formId = useId();
  const continueRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stage = !enabled ? 'intro' : enabled.named ? 'codes' : 'naming';

  useEffect(() => {
    if (openedWhileEnabled) onClose();
  }, [openedWhileEnabled, onClose]);

  // Each stage is announced by where focus lands: the button to press, the name, the codes.
  useEffect(() => {
    if (stage === 'intro') continueRef.current?.focus();
    if (stage === 'codes') headingRef.current?.focus();
  }, [stage]);

  useLeaveWarning(stage !== 'intro' && !gate.saved);

  const toCodes = () => setEnabled((current) => current && { ...current, named: true });

  if (openedWhileEnabled) return null;

  const keyType = enabled?.factor.type === 'passkey' ? 'passkey' : 'security_key';
  const title = stage === 'intro' ? t('enableKey.title') : tp(`factors.keyNaming.${keyType}.title`);
  const footer =
    stage === 'intro' ? (
      <>
        {/* While the browser's prompt is open, its own Cancel is the way out. */}
        <Button variant="ghost" onClick={onClose} disabled={key.busy}>
          {t('choice.cancel')}
        </Button>
        <Button onClick={onBack} disabled={key.busy}>
          {t('enableKey.back')}
        </Button>
        <Button
          ref={continueRef}
          variant="primary"
          onClick={key.start}
          loading={key.busy || key.options.isPending}
          loadingLabel={t('enableKey.waiting')}
        >
          {t('enableKey.continue')}
        </Button>
      </>
    ) : stage === 'naming' ? (
      <NameFactorFooter formId={formId} saving={rename.isPending} onSkip={toCodes} />
    ) : (
      <RecoveryCodesDone gate={gate} label={t('wizard.done.done')} onClose={onClose} />
    );

  // Closing the naming step keeps the suggested name and moves on: the codes come first.
  const requestClose =
    stage === 'intro'
      ? key.busy
        ? () => undefined
        : onClose
      : stage === 'naming'
        ? toCodes
        : () => gate.requestClose(onClose);

  return (
    <Dialog
      open
      onClose={requestClose}
      title={stage === 'codes' ? t('choice.title') : title}
      size="lg"
      footer={footer}
    >
      {stage === 'intro' && (
        <div className="stack">
          <p>{t('enableKey.intro')}</p>
          <p>{t('enableKey.afterwards')}</p>
          <KeyCeremonyStatus failure={key.failure} waiting={key.waiting}>
            {t('enableKey.waiting')}
          </KeyCeremonyStatus>
        </div>
      )}
      {stage === 'naming' && enabled && (
        <div className="stack">
          <p role="status">{tp(`factors.keyNaming.${keyType}.notice`)}</p>
          <NameFactorForm
            formId={formId}
            factor={enabled.factor}
            rename={rename}
            onDone={toCodes}
            autoFocus
          />
        </div>
      )}
      {stage === 'codes' && enabled && (
        <>
          <Alert tone="success">{t('enableKey.enabled')}</Alert>
          <h3 ref={headingRef} tabIndex={-1} className="enable-heading">
            {t('wizard.done.heading')}
          </h3>
          <RecoveryCodesPanel codes={enabled.recoveryCodes} accountName={user.email} gate={gate} />
        </>
      )}
    </Dialog>
  );
}
