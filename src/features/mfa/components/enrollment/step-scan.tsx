import type { UseQueryResult } from '@tanstack/react-query';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from '#src/api/mfa';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { useErrorMessage } from '#src/i18n/error-message';
import { ManualKey } from './manual-key';

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
      <p>{t('wizard.scan.instructions')}</p>
      <div className="enrollment-scan">
        {/* Dark modules on white with a 4-module quiet zone, in every theme: cameras need it. */}
        <div
          className="enrollment-qr"
          role="img"
          aria-label={t('wizard.scan.qrLabel', { issuer: data.issuer, account: data.accountName })}
        >
          <QRCodeSVG
            value={data.otpauthUri}
            size={176}
            marginSize={4}
            fgColor="#000000"
            bgColor="#ffffff"
            // The wrapper carries the name; the library's own role="img" would be a nameless duplicate.
            aria-hidden="true"
          />
        </div>
        <ManualKey enrollment={data} />
      </div>
      <p className="muted">
        {t('wizard.scan.expires', { time: formatDateTime(data.expiresAt, i18n.language) })}
      </p>
    </div>
  );
}
