import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { activityGroups, type ActivityGroup } from '#src/api/activity';
import '#src/components/field.css';

type FilterProps = { group: ActivityGroup | null; onChange: (group: ActivityGroup | null) => void };

/** A native select: labelled, keyboard-ready, and one choice at a time like the API's filter. */
export function ActivityFilter({ group, onChange }: FilterProps) {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  const id = useId();
  return (
    <div className="field activity-filter">
      <label className="field-label" htmlFor={id}>
        {t('filter.label')}
      </label>
      <select
        id={id}
        className="field-input"
        value={group ?? ''}
        onChange={(event) => {
          const value = activityGroups.find((candidate) => candidate === event.target.value);
          onChange(value ?? null);
        }}
      >
        <option value="">{t('filter.all')}</option>
        {activityGroups.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t(`filter.${candidate}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
