import { useTranslation } from 'react-i18next';
import { Skeleton } from '#src/components/skeleton';

/** Three entries' worth of boxes in the list's own layout, and a spoken "loading". */
export function ActivitySkeleton() {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  return (
    <>
      <p role="status" className="visually-hidden">
        {t('loading')}
      </p>
      <ul className="activity-list" aria-hidden="true">
        {[0, 1, 2].map((row) => (
          <li key={row} className="activity-entry">
            <Skeleton className="activity-icon" />
            <div className="activity-text">
              <Skeleton className="skeleton-title" />
              <Skeleton className="skeleton-meta" />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
