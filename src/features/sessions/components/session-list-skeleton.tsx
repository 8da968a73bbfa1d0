import { useTranslation } from 'react-i18next';
import { Skeleton } from '#src/components/skeleton';

/** This device's row while the list loads, drawn with the row's own boxes; announced as loading. */
export function SessionListSkeleton() {
  const { t } = useTranslation('profile');
  return (
    <>
      <p role="status" className="visually-hidden">
        {t('sessions.loading')}
      </p>
      <ul className="session-list" aria-hidden="true">
        <li className="session-item">
          <Skeleton className="session-icon" />
          <div className="session-text">
            <Skeleton className="session-skeleton-title" />
            <Skeleton className="session-skeleton-meta" />
            <Skeleton className="session-skeleton-meta" />
          </div>
        </li>
      </ul>
    </>
  );
}
