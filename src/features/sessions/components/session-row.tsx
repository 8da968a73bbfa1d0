import { useTranslation } from 'react-i18next';
import type { SessionView } from '#src/api/sessions';
import { Badge } from '#src/components/badge';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { DEVICE_ICONS, deviceName } from './device';

/**
 * One session: the device's icon, "Browser on OS" with "This device" on the current one, where
 * (address and place, or "Unknown"), and when it started, was last active and expires. Its
 * "Sign out" is named with the device for screen readers.
 */
export function SessionRow({
  session,
  onSignOut,
}: {
  session: SessionView;
  /** Absent on this device's row: that one signs out from the account menu. */
  onSignOut?: () => void;
}) {
  const { t, i18n } = useTranslation('profile');
  const lng = i18n.resolvedLanguage ?? 'en';
  const Icon = DEVICE_ICONS[session.device.kind];
  const name = deviceName(session.device, t);
  const where = [session.address, session.location].filter(Boolean).join(' · ');

  return (
    <li className="session-item" data-current={session.current || undefined}>
      <span className="session-icon">
        <Icon size={20} aria-hidden="true" />
      </span>
      <div className="session-text">
        <p className="session-title">
          <span className="session-name">{name}</span>
          {session.current && <Badge tone="success">{t('sessions.thisDevice')}</Badge>}
        </p>
        <p className="session-meta">
          <span>{where || t('sessions.unknownPlace')}</span>
        </p>
        <p className="session-meta">
          <span>{t('sessions.started', { date: formatDateTime(session.createdAt, lng) })}</span>
          <span>
            {t('sessions.lastActive', { date: formatDateTime(session.lastActiveAt, lng) })}
          </span>
          <span>{t('sessions.expires', { date: formatDateTime(session.expiresAt, lng) })}</span>
        </p>
      </div>
      {onSignOut && (
        <div className="session-actions">
          <Button
            variant="danger-outline"
            aria-label={t('sessions.signOutNamed', { name })}
            onClick={onSignOut}
          >
            {t('sessions.signOut')}
          </Button>
        </div>
      )}
    </li>
  );
}
