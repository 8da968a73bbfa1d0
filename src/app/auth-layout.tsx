import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch';
import './layout.css';

/** Sign-in screens (and not-found): one centred card, the product name above it. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <header className="auth-header">
        <p className="auth-product">{t('productName')}</p>
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        <div className="auth-card">
          <Outlet />
        </div>
      </main>
      <footer className="auth-footer">
        <LanguageSwitch />
      </footer>
    </div>
  );
}
