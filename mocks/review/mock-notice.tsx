import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { statusQuery } from './review-api';
import { useReviewTranslation } from './use-review-language';
import './review-hint.css';

const dismissedKey = 'zenconsole.mockNoticeDismissed';

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(dismissedKey) === '1';
  } catch {
    return false;
  }
}

/**
 * Tells the person when the simulated backend had to reset or cannot save. It lives with the
 * review tools, so a build for a real backend carries none of it.
 */
export function MockNotice() {
  const { t } = useReviewTranslation();
  const [dismissed, setDismissed] = useState(readDismissed);
  const status = useQuery({ ...statusQuery(), enabled: !dismissed, retry: false });
  const notices = status.data?.notices ?? [];
  if (dismissed || notices.length === 0) return null;

  function dismiss() {
    setDismissed(true);
    try {
      sessionStorage.setItem(dismissedKey, '1');
    } catch {
      // Dismissed for this page only.
    }
  }

  return (
    <aside className="review-notice" aria-label={t('mockNotice.label')}>
      <Alert tone="warning" title={t('mockNotice.title')}>
        <div className="review-notice-body">
          <ul className="review-notice-list">
            {notices.map((notice) => (
              <li key={notice}>{t(`mockNotice.${notice}`)}</li>
            ))}
          </ul>
          <Button variant="ghost" onClick={dismiss}>
            {t('mockNotice.dismiss')}
          </Button>
        </div>
      </Alert>
    </aside>
  );
}
