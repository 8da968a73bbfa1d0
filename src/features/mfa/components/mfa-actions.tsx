import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '#src/api/user';
import { Banner } from '#src/components/banner';
import { Button } from '#src/components/button';
import { Dialog } from '#src/components/dialog';

// The set-up (the wizard brings qrcode.react) and the dialogs load only when someone opens them.
const EnableMfaDialog = lazy(() =>
  import('./enable/enable-mfa-dialog').then((module) => ({ default: module.EnableMfaDialog })),
);
const DisableMfaDialog = lazy(() =>
  import('./disable-mfa-dialog').then((module) => ({ default: module.DisableMfaDialog })),
);
const RegenerateCodesDialog = lazy(() =>
  import('./regenerate-codes-dialog').then((module) => ({ default: module.RegenerateCodesDialog })),
);

const DIALOG_PARAM = 'dialog';
const STEP_PARAM = 'step';
// The first factor chosen in "Enable MFA" (see enable/enable-mfa-dialog.tsx).
const METHOD_PARAM = 'method';
type MfaDialog = 'enable-mfa' | 'disable-mfa' | 'regenerate-codes';

const TITLES = {
  'enable-mfa': 'choice.title',
  'disable-mfa': 'disable.title',
  'regenerate-codes': 'regenerate.title',
} as const;

/** The dialog named in the URL, if it applies to the account as it is now. */
function dialogFor(value: string | null, user: User): MfaDialog | null {
  // The set-up decides for itself: it stays open after MFA turns on, to show the recovery codes.
  if (value === 'enable-mfa') return value;
  if ((value === 'disable-mfa' || value === 'regenerate-codes') && user.mfa.enabled) return value;
  return null;
}

/**
 * Which MFA dialog is open lives in the URL (`?dialog=…`), so a reload reopens it and a link
 * (the console home's "Enable MFA") opens one; the row's buttons and the recovery-codes
 * warning open them through this.
 */
export function useMfaDialog(user: User) {
  const [params, setParams] = useSearchParams();
  const dialog = dialogFor(params.get(DIALOG_PARAM), user);

  const setDialog = useCallback(
    (name: MfaDialog | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (name) next.set(DIALOG_PARAM, name);
          else next.delete(DIALOG_PARAM);
          next.delete(STEP_PARAM);
          next.delete(METHOD_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const open = useCallback((name: MfaDialog) => setDialog(name), [setDialog]);
  const close = useCallback(() => setDialog(null), [setDialog]);
  return { dialog, open, close };
}

/**
 * The MFA row's actions and the dialog they open. On: regenerate and disable, beside the
 * status. Off: the call to action, a warning with "Enable MFA". The dialogs stay at one place
 * in the tree whichever is drawn, so the set-up survives MFA turning on under it.
 */
export function MfaActions({ user }: { user: User }) {
  const { t } = useTranslation(['mfa', 'profile']);
  const { dialog, open, close } = useMfaDialog(user);
  const containerRef = useRef<HTMLDivElement>(null);
  const previousDialog = useRef(dialog);

  // The button that opened a dialog may be gone when it closes (MFA turned on or off, the
  // recovery-codes warning answered): keep keyboard focus here rather than drop it on the page.
  useEffect(() => {
    const wasOpen = previousDialog.current !== null;
    previousDialog.current = dialog;
    if (!wasOpen || dialog !== null) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      containerRef.current?.querySelector('button')?.focus();
    }
  }, [dialog]);

  return (
    <>
      <div className={user.mfa.enabled ? 'cluster mfa-actions' : 'mfa-call'} ref={containerRef}>
        {user.mfa.enabled ? (
          <>
            <Button onClick={() => open('regenerate-codes')}>{t('actions.regenerate')}</Button>
            <Button onClick={() => open('disable-mfa')}>{t('actions.disable')}</Button>
          </>
        ) : (
          <Banner
            title={t('profile:mfa.offTitle')}
            action={
              <Button variant="primary" onClick={() => open('enable-mfa')}>
                {t('actions.enable')}
              </Button>
            }
          >
            {t('profile:mfa.offDescription')}
          </Banner>
        )}
      </div>
      {dialog && (
        <Suspense
          fallback={
            <Dialog
              open
              onClose={close}
              title={t(TITLES[dialog])}
              size={dialog === 'enable-mfa' ? 'lg' : 'md'}
            >
              <p role="status">{t('loading')}</p>
            </Dialog>
          }
        >
          {dialog === 'enable-mfa' && <EnableMfaDialog user={user} onClose={close} />}
          {dialog === 'disable-mfa' && <DisableMfaDialog onClose={close} />}
          {dialog === 'regenerate-codes' && <RegenerateCodesDialog user={user} onClose={close} />}
        </Suspense>
      )}
    </>
  );
}
