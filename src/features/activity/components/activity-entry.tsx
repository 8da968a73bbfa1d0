import {
  CirclePlus,
  Hourglass,
  KeyRound,
  KeySquare,
  LifeBuoy,
  LogIn,
  LogOut,
  Monitor,
  Pencil,
  RefreshCw,
  ShieldCheck,
  ShieldOff,
  ShieldX,
  Smartphone,
  Tablet,
  Trash,
  UserCheck,
  type LucideIcon,
} from 'lucide-react';
import type { Ref } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '#src/components/badge';
import type { EventFactor, SecurityEvent, SecurityEventKind } from '#src/api/activity';
import { EventTime } from './event-time';

const icons: Record<SecurityEventKind, LucideIcon> = {
  signed_in: LogIn,
  password_wrong: KeyRound,
  second_factor_wrong: ShieldX,
  throttled: Hourglass,
  mfa_enabled: ShieldCheck,
  mfa_disabled: ShieldOff,
  factor_added: CirclePlus,
  factor_renamed: Pencil,
  factor_removed: Trash,
  recovery_codes_regenerated: RefreshCw,
  recovery_code_used: LifeBuoy,
  sudo_entered: UserCheck,
  session_signed_out: LogOut,
  other_sessions_signed_out: LogOut,
  account_recovery_requested: LifeBuoy,
  account_recovery_cancelled: ShieldCheck,
  account_recovery_completed: ShieldOff,
  password_changed: KeySquare,
  password_reset: KeySquare,
};

const deviceIcons = { desktop: Monitor, phone: Smartphone, tablet: Tablet } as const;

/** Where "This wasn't me" leads: signing out other sessions and reviewing factors, in one flow. */
function secureAccountPath(eventId: string): string {
  return `/settings/secure-account?event=${encodeURIComponent(eventId)}`;
}

type EntryProps = { event: SecurityEvent; now: number; ref?: Ref<HTMLLIElement> };

export function ActivityEntry({ event, now, ref }: EntryProps) {
  const { t } = useTranslation('profile', { keyPrefix: 'activity' });
  const Icon = icons[event.kind];
  const DeviceIcon = deviceIcons[event.device.kind];
  const device = t('device', {
    browser: event.device.browser ?? t('unknownBrowser'),
    os: event.device.os ?? t('unknownOs'),
  });
  const place = event.address
    ? `${event.address} · ${event.location ?? t('unknownLocation')}`
    : t('noAddress');
  return (
    <li className="activity-entry" ref={ref} tabIndex={-1} data-kind={event.kind}>
      <Icon className={`activity-icon activity-icon-${event.kind}`} aria-hidden="true" />
      <div className="activity-text">
        <p className="activity-what">
          {t(`kind.${event.kind}`)}
          {event.newDevice && <Badge tone="warning">{t('newDevice')}</Badge>}
        </p>
        {event.factor && (
          <p className="activity-meta">{t('with', { factor: factorName(t, event.factor) })}</p>
        )}
        <p className="activity-meta">
          <DeviceIcon className="activity-device-icon" aria-hidden="true" />
          <span>{device}</span>
          <span aria-hidden="true"> · </span>
          <span>{place}</span>
        </p>
      </div>
      <div className="activity-side">
        <EventTime at={event.at} now={now} />
        {event.newDevice && (
          <Link to={secureAccountPath(event.id)} className="button button-danger-outline">
            {t('notMe')}
          </Link>
        )}
      </div>
    </li>
  );
}

/** The person's name for a factor, or its type (and number from the second), as factors show. */
function factorName(t: TFunction<'profile', 'activity'>, factor: EventFactor): string {
  if (factor.name) return factor.name;
  const type = t(`factorType.${factor.type}`);
  return factor.number && factor.number > 1
    ? t('factorNumbered', { type, number: factor.number })
    : type;
}
