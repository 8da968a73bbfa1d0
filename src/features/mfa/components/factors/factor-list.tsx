import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACTOR_LIMIT, type Factor } from '#src/api/factors';
import type { User } from '#src/api/user';
import { Alert } from '#src/components/alert';
import { Button } from '#src/components/button';
import { useKeySupport } from '#src/api/key-support';
import { factorsQueryOptions } from '#src/features/mfa/api/factors';
import { FactorListSkeleton } from './factor-list-skeleton';
import { FactorRow } from './factor-row';
import { RemoveFactorDialog } from './remove-factor-dialog';
import { RenameFactorDialog } from './rename-factor-dialog';
import { useLandOnAnchor } from './use-land-on-anchor';
import './factors.css';

// The set-up (with qrcode.react) loads only when someone starts it.
const AddAppDialog = lazy(() =>
  import('./add-app-dialog').then((module) => ({ default: module.AddAppDialog })),
);
const AddKeyDialog = lazy(() =>
  import('./add-key-dialog').then((module) => ({ default: module.AddKeyDialog })),
);

// `/settings/profile#second-factors` lands on the list.
const SECTION_ID = 'second-factors';

/**
 * The account's second factors, newest first, each with rename and (while it is not the only
 * one) remove. The last factor goes only through "Disable MFA", with its warning.
 */
export function FactorList({ user }: { user: User }) {
  // Loads the factor errors' messages too, before any dialog of the card can need them.
  const { t } = useTranslation(['profile', 'factor-errors']);
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const factors = useQuery({ ...factorsQueryOptions(), enabled: user.mfa.enabled });
  const [renaming, setRenaming] = useState<Factor | null>(null);
  const [removing, setRemoving] = useState<Factor | null>(null);
  const [adding, setAdding] = useState<'app' | 'key' | null>(null);
  // Asked only while another factor can be added: no dead "Add security key" button.
  const keySupport = useKeySupport(
    user.mfa.enabled && (factors.data?.factors.length ?? 0) < FACTOR_LIMIT,
  );

  useLandOnAnchor(sectionRef, SECTION_ID, factors.isSuccess);

  if (!user.mfa.enabled) return null;
  const list = factors.data?.factors ?? [];
  const removable = list.length > 1;

  // One region from the first paint: busy while the list loads, then the list in its place.
  return (
    <section
      ref={sectionRef}
      id={SECTION_ID}
      className="factor-section"
      aria-labelledby={headingId}
      aria-busy={factors.isPending || undefined}
    >
      <div className="factor-heading">
        <h3 id={headingId} className="mfa-row-label">
          {t('factors.title')}
        </h3>
        {factors.isSuccess && (
          <span className="muted">
            {t('factors.count', { count: list.length, max: FACTOR_LIMIT })}
          </span>
        )}
      </div>
      {factors.isPending && <FactorListSkeleton />}
      {factors.isError && <Alert tone="error">{t('factors.loadError')}</Alert>}
      {factors.isSuccess && (
        <>
          <ul className="factor-list">
            {list.map((factor) => (
              <FactorRow
                key={factor.id}
                factor={factor}
                onRename={() => setRenaming(factor)}
                onRemove={removable ? () => setRemoving(factor) : undefined}
              />
            ))}
          </ul>
          {!removable && <p className="factor-hint muted">{t('factors.lastHint')}</p>}
          {list.length < FACTOR_LIMIT && (
            <div className="factor-add">
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
            <p className="factor-hint muted">{t('factors.keyUnsupported')}</p>
          )}
        </>
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
