import { useTranslation } from 'react-i18next';
import type { User } from '#src/api/user';
import { Badge } from '#src/components/badge';
import { formatDateTime } from '#src/i18n/format';
import { FactorList } from './factors/factor-list';
import { MfaActions } from './mfa-actions';
import './mfa-settings.css';

/** The MFA row of the Security card: status, since when, last used, recovery codes left. */
export function MfaSettings({ user }: { user: User }) {
  const { t, i18n } = useTranslation('profile');
  const { mfa } = user;
  const lng = i18n.resolvedLanguage ?? 'en';
  const date = (iso: string) => formatDateTime(iso, lng);

  return (
    <div className="mfa-row">
      <div className="mfa-row-main stack-sm">
        <div className="cluster">
          <h3 className="mfa-row-label">{t('mfa.label')}</h3>
          <Badge tone={mfa.enabled ? 'success' : 'neutral'}>
            {mfa.enabled ? t('mfa.enabled') : t('mfa.disabled')}
          </Badge>
        </div>
        <ul className="mfa-row-facts muted">
          {mfa.enabled && mfa.enabledAt && <li>{t('mfa.since', { date: date(mfa.enabledAt) })}</li>}
          {mfa.lastUsedAt && <li>{t('mfa.lastUsed', { date: date(mfa.lastUsedAt) })}</li>}
          {mfa.enabled && (
            <li>{t('mfa.recoveryCodesRemaining', { remaining: mfa.recoveryCodesRemaining })}</li>
          )}
          {!mfa.enabled && <li>{t('mfa.offDescription')}</li>}
        </ul>
      </div>
      <MfaActions user={user} />
      <FactorList user={user} />
    </div>
  );
}
