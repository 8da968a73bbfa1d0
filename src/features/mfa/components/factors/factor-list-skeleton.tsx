import { useTranslation } from 'react-i18next';
import { Button } from '#src/components/button';
import { Skeleton } from '#src/components/skeleton';

/**
 * The list while it loads, drawn with the list's own boxes (one row, the hint and the add
 * buttons: an account with MFA has at least one factor and most have exactly one), so the card
 * keeps its height when the data arrives. Screen readers hear that it is loading; the region
 * around it is busy.
 */
export function FactorListSkeleton() {
  const { t } = useTranslation('profile');
  return (
    <>
      <p role="status" className="visually-hidden">
        {t('factors.loading')}
      </p>
      <ul className="factor-list" aria-hidden="true">
        <li className="factor-item">
          <Skeleton className="factor-icon" />
          <div className="factor-text">
            <Skeleton className="skeleton-title" />
            <Skeleton className="skeleton-meta" />
          </div>
          <div className="factor-actions">
            <Skeleton>
              <Button>{t('factors.rename')}</Button>
            </Skeleton>
          </div>
        </li>
      </ul>
      <Skeleton className="skeleton-hint" />
      <div className="factor-add" aria-hidden="true">
        <Skeleton>
          <Button>{t('factors.addApp')}</Button>
        </Skeleton>
        <Skeleton>
          <Button>{t('factors.addKey')}</Button>
        </Skeleton>
      </div>
    </>
  );
}
