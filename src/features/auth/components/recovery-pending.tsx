import { useTranslation } from 'react-i18next';
import type { AccountRecovery } from '#src/api/account-recovery';
import { formatDateTime } from '#src/i18n/format';

/** The request is in: when MFA goes off, what to do then, and who was told. */
export function RecoveryPending({ recovery }: { recovery: AccountRecovery }) {
  const { t, i18n } = useTranslation('verify');
  return (
    <div className="stack-sm" role="status">
      <p>
        {t('lostAccess.pending.when', {
          date: formatDateTime(recovery.completesAt, i18n.language),
        })}
      </p>
      <p>{t('lostAccess.pending.next')}</p>
      <p>{t('lostAccess.pending.told')}</p>
    </div>
  );
}
