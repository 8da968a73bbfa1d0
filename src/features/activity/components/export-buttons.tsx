import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { useExportActivity, type ExportFormat } from '../api/activity';

const formats: ExportFormat[] = ['json', 'csv'];

/** The whole kept log as a file: JSON for tools, CSV for a spreadsheet. */
export function ExportButtons() {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  const download = useExportActivity();
  return (
    <div className="activity-export">
      {formats.map((format) => (
        <Button
          key={format}
          loading={download.isPending && download.variables === format}
          onClick={() => download.mutate(format)}
        >
          <Download aria-hidden="true" />
          {t(`export.${format}`)}
        </Button>
      ))}
      {download.isError && <Alert tone="error">{t('export.error')}</Alert>}
    </div>
  );
}
