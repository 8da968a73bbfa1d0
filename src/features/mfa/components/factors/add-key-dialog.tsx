import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '#src/api/factors';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';
import { useWait } from '#src/components/wait-notice';
import { useToast } from '#src/components/toast';
import { needsReauth, useEnterSudo, useRenameFactor } from '#src/features/mfa/api/factors';
import { factorName } from '#src/features/mfa/factor-name';
import { ReauthForm } from '../reauth-form';
import { KeyCeremonyStatus } from './key-ceremony-status';
import { NameFactorFooter, NameFactorForm } from './name-factor-form';
import { useCreateKey } from './use-create-key';

/**
 * One more factor: a security key or a passkey. Confirm it's you (unless this session is in sudo
 * mode), let the browser create the key, then name it. The server saves it only once it
 * verified the browser's answer; nothing is pending before, so closing leaves nothing behind.
 */
export function AddKeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('profile');
  const toast = useToast();
  const sudo = useEnterSudo();
  // A throttle's wait: the submit waits with it (the form counts it down).
  const throttled = useWait(sudo.error) > 0;
  const rename = useRenameFactor();
  const formId = useId();
  const [added, setAdded] = useState<Factor | null>(null);
  const key = useCreateKey(({ factor }) => setAdded(factor));
  const { options, register, waiting, busy, failure } = key;
  const continueRef = useRef<HTMLButtonElement>(null);
  const asking = needsReauth(options.error) || needsReauth(register.error);

  const done = (factor: Factor) => {
    toast.show(t('factors.addedToast', { name: factorName(factor, t) }));
    onClose();
  };

  const keyType = added?.type === 'passkey' ? 'passkey' : 'security_key';
  const footer = added ? (
    <NameFactorFooter formId={formId} saving={rename.isPending} onSkip={() => done(added)} />
  ) : (
    <>
      {/* While the browser's prompt is open, its own Cancel is the way out: a key it makes
          then is still saved, so this dialog must not pretend to abandon it. */}
      <Button variant="ghost" onClick={onClose} disabled={busy}>
        {t('factors.cancel')}
      </Button>
      <Button
        ref={continueRef}
        variant="primary"
        type={asking ? 'submit' : 'button'}
        form={asking ? formId : undefined}
        disabled={throttled}
        // Options that failed to load (network) are asked for again by the same button.
        onClick={asking ? undefined : key.start}
        loading={asking ? sudo.isPending : busy || options.isPending}
        loadingLabel={asking ? t('factors.confirming') : t('factors.keyWaiting')}
      >
        {t('factors.continue')}
      </Button>
    </>
  );

  return (
    <Dialog
      open
      onClose={busy ? () => undefined : onClose}
      title={added ? t(`factors.keyNaming.${keyType}.title`) : t('factors.addKeyTitle')}
      size="lg"
      footer={footer}
    >
      {added ? (
        <div className="stack">
          <p role="status">{t(`factors.keyNaming.${keyType}.notice`)}</p>
          <NameFactorForm formId={formId} factor={added} rename={rename} onDone={done} autoFocus />
        </div>
      ) : asking ? (
        <ReauthForm
          formId={formId}
          error={sudo.error}
          onSubmit={(request) =>
            sudo.mutate(request, {
              onSuccess: () => {
                register.reset();
                void key.freshOptions();
                // The confirmation form is gone: the next step is the same button, "Continue".
                continueRef.current?.focus();
              },
            })
          }
        />
      ) : (
        <div className="stack">
          <p>{t('factors.addKeyIntro')}</p>
          <KeyCeremonyStatus failure={failure} waiting={waiting}>
            {t('factors.keyWaiting')}
          </KeyCeremonyStatus>
        </div>
      )}
    </Dialog>
  );
}
