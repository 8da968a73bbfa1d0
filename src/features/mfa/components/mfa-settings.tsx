import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_CODE_COUNT } from '#src/api/codes';
import type { User } from '#src/api/user';
import { Badge } from '#src/components/badge';
import { Banner } from '#src/components/banner';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { FactorList } from './factors/factor-list';
import { formatDate } from './format-date';
import { MfaActions, useMfaDialog } from './mfa-actions';
import './mfa-settings.css';

/** From this many recovery codes left down, a warning asks for new ones. */
const LOW_RECOVERY_CODES = 2;

/**
 * The Security card's MFA part: a warning when recovery codes run low, the status row (status,
 * since when, last used, recovery codes left, and its actions; off, the call to enable it) and
 * the list of second factors.
 */
export function MfaSettings({ user }: { user: User }) {
  const { t, i18n } = useTranslation(['profile', 'mfa']);
  const { open } = useMfaDialog(user);
  const headingId = useId();
  const { mfa } = user;
  const lng = i18n.resolvedLanguage ?? 'en';
  const remaining = mfa.recoveryCodesRemaining;

  return (
    <div className="mfa-settings">
      {mfa.enabled && remaining <= LOW_RECOVERY_CODES && (
        <Banner
          title={
            remaining === 0
              ? t('mfa.noCodesTitle')
              : t('mfa.lowCodesTitle', { remaining, total: RECOVERY_CODE_COUNT })
          }
          action={
            <Button onClick={() => open('regenerate-codes')}>{t('mfa:actions.regenerate')}</Button>
          }
        >
          {t('mfa.lowCodesBody')}
        </Banner>
      )}
      <section className="mfa-row" aria-labelledby={headingId}>
        <div className="mfa-row-main">
          <div className="cluster">
            <h3 id={headingId} className="mfa-row-label">
              {t('mfa.label')}
            </h3>
            <Badge tone={mfa.enabled ? 'success' : 'neutral'}>
              {mfa.enabled ? t('mfa.enabled') : t('mfa.disabled')}
            </Badge>
          </div>
          {mfa.enabled && (
            <ul className="mfa-row-facts muted">
              {mfa.enabledAt && (
                <li>{t('mfa.enabledSince', { date: formatDate(mfa.enabledAt, lng) })}</li>
              )}
              {mfa.lastUsedAt && (
                <li>{t('mfa.lastUsed', { date: formatDateTime(mfa.lastUsedAt, lng) })}</li>
              )}
              <li>{t('mfa.recoveryCodesRemaining', { remaining })}</li>
            </ul>
          )}
        </div>
        <MfaActions user={user} />
      </section>
      <FactorList user={user} />
    </div>
  );
}
