import { lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useKeySupport } from '#src/api/key-support';
import type { User } from '#src/api/user';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';
import { ChooseMethod, type Method } from './choose-method';

// Each path loads only once chosen: the app's wizard brings qrcode.react, the key path does not.
const EnrollmentWizard = lazy(() =>
  import('../enrollment/enrollment-wizard').then((module) => ({
    default: module.EnrollmentWizard,
  })),
);
const EnableWithKeyDialog = lazy(() =>
  import('./enable-with-key-dialog').then((module) => ({ default: module.EnableWithKeyDialog })),
);

// Cleared with the dialog by mfa-actions.tsx.
const METHOD_PARAM = 'method';

/**
 * "Enable MFA": the first factor is an authenticator app or a security key / passkey. The choice
 * lives in the URL (`method`, and the wizard's `step`), so a reload reopens the same path. A
 * browser without WebAuthn is never shown a choice it cannot make: it goes straight to the app.
 */
export function EnableMfaDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation('mfa');
  const [params, setParams] = useSearchParams();
  const support = useKeySupport(true);
  // Opened (e.g. by a reload) after MFA was already on: nothing to choose. The wizard and the key
  // path decide for themselves once open, since each stays to show the recovery codes.
  const [openedWhileEnabled] = useState(user.mfa.enabled);
  const chosen = params.get(METHOD_PARAM);
  const method: Method | null =
    chosen === 'key' && support === 'supported'
      ? 'key'
      : chosen === 'app' || params.has('step') || support === 'unsupported'
        ? 'app'
        : null;
  const closeAtOnce = openedWhileEnabled && method !== 'app';

  useEffect(() => {
    if (closeAtOnce) onClose();
  }, [closeAtOnce, onClose]);

  function choose(next: Method | null) {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(METHOD_PARAM, next);
        else updated.delete(METHOD_PARAM);
        return updated;
      },
      { replace: true },
    );
  }

  if (closeAtOnce) return null;
  if (method === 'app') return <EnrollmentWizard user={user} onClose={onClose} />;
  if (method === 'key')
    return <EnableWithKeyDialog user={user} onClose={onClose} onBack={() => choose(null)} />;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('choice.title')}
      size="lg"
      footer={
        <Button variant="ghost" onClick={onClose}>
          {t('choice.cancel')}
        </Button>
      }
    >
      {support === 'checking' ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <ChooseMethod onChoose={choose} />
      )}
    </Dialog>
  );
}
