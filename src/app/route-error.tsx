import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../components/button';
import './layout.css';

/** Last resort for a render error: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
    document.title = t('pageTitle', { page: t('routeError.title') });
  }, [error, t]);
  return (
    <main id="main" className="auth-main">
      <div className="auth-card stack">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <div>
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        </div>
      </div>
    </main>
  );
}
