import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Banner } from '#src/components/banner';
import { Card } from '#src/components/card';
import { recoveryStatusQueryOptions } from '#src/features/account-recovery/api/recovery-status';
import { useSignedInUser } from './use-signed-in-user';

// Profile settings with "Enable MFA" already open: one step from here, and a plain link, so
// Enter, a new tab and a bookmark all work.
const ENABLE_MFA = '/settings/profile?dialog=enable-mfa';

export function HomeRoute() {
  const { t } = useTranslation(['common', 'profile', 'mfa']);
  const user = useSignedInUser();
  // After an account recovery its own banner (above every page) says MFA is off, and why.
  const recovered = useQuery(recoveryStatusQueryOptions()).data?.status === 'completed';
  if (!user) return null;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('home.heading', { name: user.name })}</h1>
      {!user.mfa.enabled && !recovered && (
        <Banner
          title={t('profile:mfa.offTitle')}
          action={
            <Link to={ENABLE_MFA} className="button button-primary">
              {t('mfa:actions.enable')}
            </Link>
          }
        >
          {t('profile:mfa.offDescription')}
        </Banner>
      )}
      <Card title={t('home.overviewTitle')}>
        <div className="stack-sm">
          <p>{t('home.overviewBody')}</p>
          {user.mfa.enabled && <p>{t('home.mfaOn')}</p>}
          <p>
            <Link to="/settings/profile">{t('home.profileLink')}</Link>
          </p>
        </div>
      </Card>
    </div>
  );
}
