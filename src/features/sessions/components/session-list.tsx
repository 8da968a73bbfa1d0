import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '#src/api/sessions';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { sessionsQueryOptions } from '../api/sessions';
import { deviceName } from './device';
import { SessionListSkeleton } from './session-list-skeleton';
import { SessionRow } from './session-row';
import { SignOutDialog, type ReauthSlot } from './sign-out-dialog';
import './sessions.css';

// `/settings/profile#sessions` lands on the list.
const SECTION_ID = 'sessions';

/**
 * "Where you're signed in": this device first, then the others by last activity, each with its
 * own "Sign out", and one "Sign out all other sessions". Busy while it loads, retryable when it
 * fails, and a plain sentence when this device is the only one.
 */
export function SessionList({ renderReauth }: { renderReauth: ReauthSlot }) {
  const { t } = useTranslation('profile');
  const sessions = useQuery(sessionsQueryOptions());
  const [ending, setEnding] = useState<SessionView | 'others' | null>(null);
  const list = sessions.data?.sessions ?? [];
  const others = list.filter((session) => !session.current);

  return (
    <div id={SECTION_ID} className="session-section" aria-busy={sessions.isPending || undefined}>
      <p className="muted">{t('sessions.intro')}</p>
      {sessions.isPending && <SessionListSkeleton />}
      {sessions.isError && (
        <Alert tone="error">
          <span>{t('sessions.loadError')} </span>
          <Button onClick={() => void sessions.refetch()} loading={sessions.isFetching}>
            {t('sessions.retry')}
          </Button>
        </Alert>
      )}
      {sessions.isSuccess && (
        <>
          <ul className="session-list">
            {list.map((session) => (
              <SessionRow
                key={session.id}
                session={session}
                onSignOut={session.current ? undefined : () => setEnding(session)}
              />
            ))}
          </ul>
          {others.length === 0 ? (
            <p className="session-empty muted">{t('sessions.onlyThisDevice')}</p>
          ) : (
            <div>
              <Button variant="danger-outline" onClick={() => setEnding('others')}>
                {t('sessions.signOutOthers')}
              </Button>
            </div>
          )}
        </>
      )}
      {ending && (
        <SignOutDialog
          target={ending === 'others' ? 'others' : { id: ending.id }}
          name={ending === 'others' ? undefined : deviceName(ending.device, t)}
          renderReauth={renderReauth}
          onClose={() => setEnding(null)}
        />
      )}
    </div>
  );
}
