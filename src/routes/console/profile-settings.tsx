import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '#src/components/card';
import { MfaSettings } from '#src/features/mfa/components/mfa-settings';
import { ReauthForm } from '#src/features/mfa/components/reauth-form';
import { SessionList } from '#src/features/sessions/components/session-list';
import { PasswordSettings } from '#src/features/passwords/components/password-settings';
import { useSignedInUser } from './use-signed-in-user';
import './profile-settings.css';

export function ProfileSettingsRoute() {
  const { t } = useTranslation('profile');
  const user = useSignedInUser();
  if (!user) return null;
  return (
    <div className="stack profile-settings">
      <h1 tabIndex={-1}>{t('heading')}</h1>
      <Card title={t('profile.title')}>
        <dl className="profile-details">
          <div>
            <dt>{t('profile.name')}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{t('profile.email')}</dt>
            <dd>{user.email}</dd>
          </div>
        </dl>
      </Card>
      <Card title={t('security.title')}>
        <PasswordSettings user={user} />
        <MfaSettings user={user} />
        <p className="profile-activity-link">
          <Link to="/settings/activity">{t('activity.link')}</Link>
          <span> · {t('activity.linkDescription')}</span>
        </p>
      </Card>
      <Card title={t('sessions.title')}>
        <SessionList renderReauth={(props) => <ReauthForm {...props} />} />
      </Card>
    </div>
  );
}
