import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityGroup } from '#src/api/activity';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { activityQueryOptions } from '../api/activity';
import { ActivityEntry } from './activity-entry';
import { ActivitySkeleton } from './activity-skeleton';
import { useNow } from './use-now';
import './activity.css';

type ListProps = { group: ActivityGroup | null };

/**
 * The log, a page at a time. "Show more" moves focus to the first entry it added, so a keyboard
 * or screen-reader user carries on reading where the new entries start, and hears how many came.
 */
export function ActivityList({ group }: ListProps) {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  const now = useNow();
  const activity = useInfiniteQuery(activityQueryOptions(group));
  const firstNew = useRef<HTMLLIElement>(null);
  const [added, setAdded] = useState<{ index: number; count: number } | null>(null);
  const events = activity.data?.pages.flatMap((page) => page.events) ?? [];

  useEffect(() => {
    if (added) firstNew.current?.focus();
  }, [added]);

  if (activity.isPending) return <ActivitySkeleton />;
  if (activity.isError && events.length === 0)
    return (
      <Alert tone="error" title={t('loadError')}>
        <Button onClick={() => void activity.refetch()}>{t('retry')}</Button>
      </Alert>
    );
  if (events.length === 0)
    return <p className="activity-empty">{group ? t('emptyFiltered') : t('empty')}</p>;

  const showMore = async () => {
    const index = events.length;
    const result = await activity.fetchNextPage();
    const total = result.data?.pages.flatMap((page) => page.events).length ?? index;
    if (total > index) setAdded({ index, count: total - index });
  };

  return (
    <>
      <ul className="activity-list">
        {events.map((event, index) => (
          <ActivityEntry
            key={event.id}
            event={event}
            now={now}
            ref={index === added?.index ? firstNew : undefined}
          />
        ))}
      </ul>
      <p role="status" className="visually-hidden">
        {added ? t('loadedMore', { count: added.count }) : ''}
      </p>
      {activity.isFetchNextPageError && <Alert tone="error">{t('loadError')}</Alert>}
      {activity.hasNextPage && (
        <Button
          className="activity-more"
          loading={activity.isFetchingNextPage}
          onClick={() => void showMore()}
        >
          {t('showMore')}
        </Button>
      )}
    </>
  );
}
