import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACTOR_LIMIT, type Factor } from '#src/api/factors';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { formatDateTime } from '#src/i18n/format';
import { useKeySupport } from '#src/api/key-support';
import { factorsQueryOptions } from '#src/features/mfa/api/factors';
import { factorName } from '#src/features/mfa/factor-name';
import { RemoveFactorDialog } from './remove-factor-dialog';
import { RenameFactorDialog } from './rename-factor-dialog';
import './factors.css';

// The set-up (with qrcode.react) loads only when someone starts it.
const AddAppDialog = lazy(() =>
  import('./add-app-dialog').then((module) => ({ default: module.AddAppDialog })),
);
const AddKeyDialog = lazy(() =>
  import('./add-key-dialog').then((module) => ({ default: module.AddKeyDialog })),
);

/**
 * The account's second factors, newest first, each with rename and (while it is not the only
 * one) remove. The last factor goes only through "Disable MFA", with its warning.
 */
export function FactorList({ user }: { user: User }) {
  // Loads the factor errors' messages too, before any dialog of the card can need them.
  const { t, i18n } = useTranslation(['profile', 'factor-errors']);
  const headingId = useId();
  const lng = i18n.resolvedLanguage ?? 'en';
  const factors = useQuery({ ...factorsQueryOptions(), enabled: user.mfa.enabled });
  const [renaming, setRenaming] = useState<Factor | null>(null);
  const [removing, setRemoving] = useState<Factor | null>(null);
  const [adding, setAdding] = useState<'app' | 'key' | null>(null);
  // Asked only while another factor can be added: no dead "Add security key" button.
  const keySupport = useKeySupport(
    user.mfa.enabled && (factors.data?.factors.length ?? 0) < FACTOR_LIMIT,
  );

  if (!user.mfa.enabled) return null;
  if (factors.isPending) return <p role="status">{t('factors.loading')}</p>;
  if (factors.isError) return <Alert tone="error">{t('factors.loadError')}</Alert>;
  const list = factors.data.factors;
  const removable = list.length > 1;

  return (
    <section className="factor-section stack-sm" aria-labelledby={headingId}>
      <div className="cluster">
        <h3 id={headingId} className="mfa-row-label">
          {t('factors.title')}
        </h3>
        <span className="muted">
          {t('factors.count', { count: list.length, max: FACTOR_LIMIT })}
        </span>
      </div>
      <ul className="factor-list">
        {list.map((factor) => (
          <li key={factor.id} className="factor-item">
            <div className="factor-facts">
              <span className="factor-name">{factorName(factor, t)}</span>
              <span className="muted">{t(`factors.type.${factor.type}`)}</span>
              {factor.synced !== undefined && (
                <span className="muted">
                  {factor.synced ? t('factors.synced') : t('factors.deviceOnly')}
                </span>
              )}
              <span className="muted">
                {t('factors.added', { date: formatDateTime(factor.createdAt, lng) })}
              </span>
              <span className="muted">
                {factor.lastUsedAt
                  ? t('factors.lastUsed', { date: formatDateTime(factor.lastUsedAt, lng) })
                  : t('factors.neverUsed')}
              </span>
            </div>
            <div className="cluster">
              <Button
                variant="ghost"
                aria-label={t('factors.renameNamed', { name: factorName(factor, t) })}
                onClick={() => setRenaming(factor)}
              >
                {t('factors.rename')}
              </Button>
              {removable && (
                <Button
                  variant="ghost"
                  aria-label={t('factors.removeNamed', { name: factorName(factor, t) })}
                  onClick={() => setRemoving(factor)}
                >
                  {t('factors.remove')}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!removable && <p className="muted">{t('factors.lastHint')}</p>}
      {list.length < FACTOR_LIMIT && (
        <div className="cluster">
          <Button data-factor="totp" onClick={() => setAdding('app')}>
            {t('factors.addApp')}
          </Button>
          {keySupport !== 'unsupported' && (
            <Button
              onClick={() => setAdding('key')}
              loading={keySupport === 'checking'}
              loadingLabel={t('factors.opening')}
            >
              {t('factors.addKey')}
            </Button>
          )}
        </div>
      )}
      {list.length < FACTOR_LIMIT && keySupport === 'unsupported' && (
        <p className="muted">{t('factors.keyUnsupported')}</p>
      )}
      {adding && (
        <Suspense fallback={<p role="status">{t('factors.opening')}</p>}>
          {adding === 'app' ? (
            <AddAppDialog onClose={() => setAdding(null)} />
          ) : (
            <AddKeyDialog onClose={() => setAdding(null)} />
          )}
        </Suspense>
      )}
      {renaming && <RenameFactorDialog factor={renaming} onClose={() => setRenaming(null)} />}
      {removing && <RemoveFactorDialog factor={removing} onClose={() => setRemoving(null)} />}
    </section>
  );
}
