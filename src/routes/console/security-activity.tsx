import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { activityGroups } from '#src/api/activity';
import { ActivityFilter } from '#src/features/activity/components/activity-filter';
import { ActivityList } from '#src/features/activity/components/activity-list';
import { ExportButtons } from '#src/features/activity/components/export-buttons';

/** The security log; the filter lives in the URL (`?group=sign_ins`), so it survives a reload. */
export function SecurityActivityRoute() {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  const [params, setParams] = useSearchParams();
  const group = activityGroups.find((candidate) => candidate === params.get('group')) ?? null;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <div className="activity-toolbar">
        <ActivityFilter
          group={group}
          onChange={(next) => setParams(next ? { group: next } : {}, { replace: true })}
        />
        <ExportButtons />
      </div>
      <ActivityList group={group} />
    </div>
  );
}
