import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../api/factors';
import type { RegistrationCredential } from '../../../../api/webauthn';
import { preloadKeyCeremony } from '../../../../api/key-support';
import { Alert } from '../../../../components/alert';
import { Button } from '../../../../components/button';
import { Dialog } from '../../../../components/dialog';
import { useToast } from '../../../../components/toast';
import { useErrorMessage } from '../../../../i18n/error-message';
import { needsReauth, useEnterSudo, useRenameFactor } from '../../api/factors';
import { mfaKeys } from '../../api/keys';
import { keyOptionsQueryOptions, useRegisterKey } from '../../api/security-keys';
import { ReauthForm } from '../reauth-form';
import { NameFactorFooter, NameFactorForm } from './name-factor-form';

/**
 * One more factor: a security key or a passkey. Confirm it's you (unless this session is in sudo
 * mode), let the browser create the key, then name it. The server saves it only once it
 * verified the browser's answer; nothing is pending before, so closing leaves nothing behind.
 */
export function AddKeyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('profile');
  const errorText = useErrorMessage();
  const toast = useToast();
  const queryClient = useQueryClient();
  const options = useQuery(keyOptionsQueryOptions());
  const sudo = useEnterSudo();
  const register = useRegisterKey();
  const rename = useRenameFactor();
  const formId = useId();
  const [waiting, setWaiting] = useState(false);
  const [keyError, setKeyError] = useState<unknown>(null);
  const [added, setAdded] = useState<Factor | null>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const asking = needsReauth(options.error) || needsReauth(register.error);
  const failure = keyError ?? register.error ?? options.error;

  /** A new challenge: after the server used or refused the last one, or after sudo mode began. */
  const freshOptions = () => queryClient.resetQueries({ queryKey: mfaKeys.keyOptions() });

  async function create() {
    if (waiting || register.isPending || !options.data) return;
    const { options: current } = options.data;
    setKeyError(null);
    register.reset();
    setWaiting(true);
    let credential: RegistrationCredential;
    try {
      const { createKey } = await preloadKeyCeremony();
      credential = await createKey(() => Promise.resolve({ options: current }));
    } catch (error) {
      // The browser's own failure (cancelled, already registered …) leaves the challenge unused.
      setKeyError(error);
      return;
    } finally {
      setWaiting(false);
    }
    register.mutate(credential, {
      onSuccess: ({ factor }) => setAdded(factor),
      // The server used the challenge, right or wrong: the next try needs a new one.
      onError: (error) => void (needsReauth(error) || freshOptions()),
    });
  }

  const done = (factor: Factor) => {
    toast.show(t('factors.addedToast', { name: factor.name }));
    onClose();
  };

  const busy = waiting || register.isPending;
  const kind = added?.type === 'passkey' ? 'passkey' : 'security_key';
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
        // Options that failed to load (network) are asked for again by the same button.
        onClick={asking ? undefined : () => void (options.isError ? options.refetch() : create())}
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
      title={added ? t(`factors.keyNaming.${kind}.title`) : t('factors.addKeyTitle')}
      size="lg"
      footer={footer}
    >
      {added ? (
        <div className="stack">
          <p role="status">{t(`factors.keyNaming.${kind}.notice`)}</p>
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
                void freshOptions();
                // The confirmation form is gone: the next step is the same button, "Continue".
                continueRef.current?.focus();
              },
            })
          }
        />
      ) : (
        <div className="stack">
          <p>{t('factors.addKeyIntro')}</p>
          {failure !== null && <Alert tone="error">{errorText(failure)}</Alert>}
          {waiting && <p role="status">{t('factors.keyWaiting')}</p>}
        </div>
      )}
    </Dialog>
  );
}
