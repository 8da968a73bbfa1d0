import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { useErrorMessage } from '#src/i18n/error-message';
import { TotpSetup } from '../totp-setup/totp-setup';

export function StepScan({ enrollment }: { enrollment: UseQueryResult<Enrollment> }) {
  const { t, i18n } = useTranslation('mfa');
  const errorText = useErrorMessage();

  if (enrollment.isError) {
    return (
      <Alert tone="error" title={t('wizard.scan.loadFailed')}>
        <div className="stack-sm">
          <p>{errorText(enrollment.error)}</p>
          <div>
            <Button onClick={() => void enrollment.refetch()} loading={enrollment.isFetching}>
              {t('wizard.scan.retry')}
            </Button>
          </div>
        </div>
      </Alert>
    );
  }

  if (enrollment.isPending) return <p role="status">{t('wizard.scan.preparing')}</p>;

  const { data } = enrollment;
  return (
    <div className="stack">
      {data.replacedExpired && (
        <Alert tone="warning" title={t('wizard.scan.replacedTitle')}>
          {t('wizard.scan.replaced')}
        </Alert>
      )}
      <TotpSetup enrollment={data} />
      <p className="muted">
        {t('wizard.scan.expires', { time: formatDateTime(data.expiresAt, i18n.language) })}
      </p>
    </div>
  );
}
