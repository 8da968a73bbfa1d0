import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '#src/api/user';
import { Button } from '#src/components/button';
import './passwords.css';

// The dialog brings the strength estimator's code path; it loads when someone opens it.
const ChangePasswordDialog = lazy(() =>
  import('./change-password-dialog').then((module) => ({ default: module.ChangePasswordDialog })),
);

const DIALOG_PARAM = 'dialog';
const CHANGE_PASSWORD = 'change-password';

/**
 * The Security card's password row. The open dialog lives in the URL (`?dialog=change-password`),
 * as the MFA dialogs do, so a reload or a link reopens it.
 */
export function PasswordSettings({ user }: { user: User }) {
  const { t } = useTranslation('passwords');
  const [params, setParams] = useSearchParams();
  const headingId = useId();
  const open = params.get(DIALOG_PARAM) === CHANGE_PASSWORD;
  const setOpen = (value: boolean) =>
    setParams(
      (currentParams) => {
        const nextParams = new URLSearchParams(currentParams);
        if (value) nextParams.set(DIALOG_PARAM, CHANGE_PASSWORD);
        else nextParams.delete(DIALOG_PARAM);
        return nextParams;
      },
      { replace: true },
    );
  return (
    <section className="password-row" aria-labelledby={headingId}>
      <div className="password-row-main">
        <h3 id={headingId} className="password-row-label">
          {t('change.row')}
        </h3>
        <p className="muted">{t('change.rowDescription')}</p>
      </div>
      <Button onClick={() => setOpen(true)}>{t('change.open')}</Button>
      {open && (
        <Suspense fallback={null}>
          <ChangePasswordDialog user={user} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </section>
  );
}
