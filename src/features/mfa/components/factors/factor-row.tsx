import { FingerprintPattern, KeyRound, Smartphone, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Factor } from '#src/api/factors';
import { Badge } from '#src/components/badge';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { factorName } from '#src/features/mfa/factor-name';
import { formatDate } from '../format-date';

const ICONS: Record<Factor['type'], LucideIcon> = {
  totp: Smartphone,
  security_key: KeyRound,
  passkey: FingerprintPattern,
};

/**
 * One second factor as a row: its type's icon, the name in bold with the type as a badge, a
 * muted line with its dates and (keys) where it lives, and its actions, named with the factor
 * for screen readers ("Remove Pixel 8").
 */
export function FactorRow({
  factor,
  onRename,
  onRemove,
}: {
  factor: Factor;
  onRename: () => void;
  /** Absent for the only factor: that one goes through "Disable MFA". */
  onRemove?: () => void;
}) {
  const { t, i18n } = useTranslation('profile');
  const lng = i18n.resolvedLanguage ?? 'en';
  const Icon = ICONS[factor.type];
  const typeKey = `factors.type.${factor.type}` as const;
  const typeLabel = t(typeKey);
  const name = factorName(factor, t);
  // An unnamed factor is called by its type already: the badge would say it twice.
  const showType = factor.name !== null;

  return (
    <li className="factor-item">
      <span className="factor-icon">
        <Icon size={20} aria-hidden="true" />
      </span>
      <div className="factor-text">
        <p className="factor-title">
          <span className="factor-name">{name}</span>
          {showType && <Badge tone="neutral">{typeLabel}</Badge>}
        </p>
        <p className="factor-meta">
          {factor.synced !== undefined && (
            <span>{factor.synced ? t('factors.synced') : t('factors.deviceOnly')}</span>
          )}
          <span>{t('factors.added', { date: formatDate(factor.createdAt, lng) })}</span>
          <span>
            {factor.lastUsedAt
              ? t('factors.lastUsed', { date: formatDateTime(factor.lastUsedAt, lng) })
              : t('factors.neverUsed')}
          </span>
        </p>
      </div>
      <div className="factor-actions">
        <Button aria-label={t('factors.renameNamed', { name })} onClick={onRename}>
          {t('factors.rename')}
        </Button>
        {onRemove && (
          <Button
            variant="danger-outline"
            aria-label={t('factors.removeNamed', { name })}
            onClick={onRemove}
          >
            {t('factors.remove')}
          </Button>
        )}
      </div>
    </li>
  );
}
