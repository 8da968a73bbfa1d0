import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { mockPaths, mockStatusResponseSchema } from '../api/mock-control';
import { Alert } from '../components/alert';
import { Button } from '../components/button';

const mockMode = import.meta.env.VITE_API_MOCKING !== 'off';
const dismissedKey = 'zenconsole.mockNoticeDismissed';

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(dismissedKey) === '1';
  } catch {
    return false;
  }
}

/** Mock mode only: tells the person when the simulated backend had to reset or cannot save. */
export function MockNotice() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(readDismissed);
  const status = useQuery({
    queryKey: ['mock', 'status'],
    queryFn: ({ signal }) =>
      apiRequest(mockPaths.status, { schema: mockStatusResponseSchema, signal }),
    enabled: mockMode && !dismissed,
    staleTime: Infinity,
    retry: false,
  });
  const notices = status.data?.notices ?? [];
  if (!mockMode || dismissed || notices.length === 0) return null;

  function dismiss() {
    setDismissed(true);
    try {
      sessionStorage.setItem(dismissedKey, '1');
    } catch {
      // Dismissed for this page only.
    }
  }

  return (
    <div className="mock-notice">
      <Alert tone="warning" title={t('mockNotice.title')}>
        <div className="mock-notice-body">
          <ul className="mock-notice-list">
            {notices.map((notice) => (
              <li key={notice}>{t(`mockNotice.${notice}`)}</li>
            ))}
          </ul>
          <Button variant="ghost" onClick={dismiss}>
            {t('mockNotice.dismiss')}
          </Button>
        </div>
      </Alert>
    </div>
  );
}
