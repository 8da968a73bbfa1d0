import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { Banner } from '#src/components/banner';
import { Button } from '#src/components/button';
import { useErrorMessage } from '#src/i18n/error-message';
import { formatDateTime } from '#src/i18n/format';
import { recoveryStatusQueryOptions, useCancelRecovery } from '../api/recovery-status';
import './recovery-banner.css';

// Profile settings with "Enable MFA" open, as the home page's own banner links it.
const ENABLE_MFA = '/settings/profile?dialog=enable-mfa';

type Cancelled = 'notMe' | 'cancel';

/**
 * Shown on every console page of the account: a pending recovery, with the two ways to stop it,
 * or, after a recovery turned MFA off, the way to set it up again (until it is on).
 */
export function RecoveryBanner({ user }: { user: User }) {
  const notice = useRecoveryNotice(user);
  return notice && <div className="recovery-notice">{notice}</div>;
}

function useRecoveryNotice(user: User) {
  const { t, i18n } = useTranslation(['mfa', 'profile']);
  const { data: recovery } = useQuery(recoveryStatusQueryOptions());
  const cancel = useCancelRecovery();
  const errorMessage = useErrorMessage();
  const [cancelled, setCancelled] = useState<Cancelled | null>(null);
  const [via, setVia] = useState<Cancelled>('cancel');
  const doneRef = useRef<HTMLDivElement>(null);
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const done = cancelled !== null && !recovery;
  // The buttons are gone: focus the confirmation, so it is read and the place is kept.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function onCancel(reason: Cancelled) {
    setVia(reason);
    cancel.mutate(undefined, {
      onSuccess: () => setCancelled(reason),
    });
  }

  if (done) {
    return (
      <Alert tone="success" ref={doneRef}>
        <p>
          {cancelled === 'notMe'
            ? t('recoveryBanner.cancelledNotMe')
            : t('recoveryBanner.cancelled')}{' '}
          {cancelled === 'notMe' && <Link to="/settings/profile">{t('profile:title')}</Link>}
        </p>
      </Alert>
    );
  }
  if (recovery?.status === 'pending') {
    return (
      <Banner
        title={t('recoveryBanner.pendingTitle')}
        action={
          <div className="recovery-banner-actions">
            <Button
              variant="danger"
              loading={cancel.isPending && via === 'notMe'}
              loadingLabel={t('recoveryBanner.cancelling')}
              onClick={() => onCancel('notMe')}
            >
              {t('recoveryBanner.notMe')}
            </Button>
            <Button
              loading={cancel.isPending && via === 'cancel'}
              loadingLabel={t('recoveryBanner.cancelling')}
              onClick={() => onCancel('cancel')}
            >
              {t('recoveryBanner.cancel')}
            </Button>
          </div>
        }
      >
        <p>
          {t('recoveryBanner.pendingBody', {
            requested: date(recovery.requestedAt),
            completes: date(recovery.completesAt),
          })}
        </p>
        {cancel.error && <p role="alert">{errorMessage(cancel.error)}</p>}
      </Banner>
    );
  }
  if (recovery?.status === 'completed' && !user.mfa.enabled) {
    return (
      <Banner
        title={t('recoveryBanner.completedTitle')}
        action={
          <Link to={ENABLE_MFA} className="button button-primary">
            {t('recoveryBanner.enable')}
          </Link>
        }
      >
        <p>{t('recoveryBanner.completedBody', { date: date(recovery.completesAt) })}</p>
      </Banner>
    );
  }
  return null;
}
