import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '#src/components/card';
import { useSignedInUser } from './use-signed-in-user';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (!user) return null;
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('home.heading', { name: user.name })}</h1>
      <Card title={t('home.overviewTitle')}>
        <div className="stack-sm">
          <p>{t('home.overviewBody')}</p>
          <p>{user.mfa.enabled ? t('home.mfaOn') : t('home.mfaOff')}</p>
          <p>
            <Link to="/settings/profile">{t('home.profileLink')}</Link>
          </p>
        </div>
      </Card>
    </div>
  );
}
