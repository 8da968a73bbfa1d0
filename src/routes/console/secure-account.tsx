import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '#src/components/button';
import { Card } from '#src/components/card';
import { factorsQueryOptions } from '#src/features/mfa/api/factors';
import { ReauthForm } from '#src/features/mfa/components/reauth-form';
import { factorName } from '#src/features/mfa/factor-name';
import { SignOutDialog } from '#src/features/sessions/components/sign-out-dialog';
import { useSignedInUser } from './use-signed-in-user';

/**
 * "This wasn't me", from a sign-in in the security log or the new-device mail (`?event=` names
 * the entry; nothing here depends on it): end every other session first, then check that each
 * second factor is one's own, then change the password the stranger may have used.
 */
export function SecureAccountRoute() {
  const { t } = useTranslation('profile');
  const user = useSignedInUser();
  const factors = useQuery({ ...factorsQueryOptions(), enabled: user?.mfa.enabled === true });
  const [ending, setEnding] = useState(false);
  if (!user) return null;
  const list = factors.data?.factors ?? [];
  return (
    <div className="stack profile-settings">
      <h1 tabIndex={-1}>{t('secureAccount.heading')}</h1>
      <p>{t('secureAccount.intro')}</p>
      <Card title={t('secureAccount.step1')}>
        <div className="stack">
          <p>{t('secureAccount.step1Body')}</p>
          <div>
            <Button variant="danger" onClick={() => setEnding(true)}>
              {t('sessions.signOutOthers')}
            </Button>
          </div>
        </div>
      </Card>
      <Card title={t('secureAccount.step2')}>
        <div className="stack">
          <p>{user.mfa.enabled ? t('secureAccount.step2Body') : t('secureAccount.step2NoMfa')}</p>
          {list.length > 0 && (
            <ul>
              {list.map((factor) => (
                <li key={factor.id}>{factorName(factor, t)}</li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/settings/profile#second-factors">{t('secureAccount.review')}</Link>
          </p>
        </div>
      </Card>
      <Card title={t('secureAccount.step3')}>
        <div className="stack">
          <p>{t('secureAccount.step3Body')}</p>
          <p>
            <Link to="/settings/profile?dialog=change-password">
              {t('secureAccount.changePassword')}
            </Link>
          </p>
        </div>
      </Card>
      {ending && (
        <SignOutDialog
          target="others"
          renderReauth={(props) => <ReauthForm {...props} />}
          onClose={() => setEnding(false)}
        />
      )}
    </div>
  );
}
