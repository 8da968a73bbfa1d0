import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { meQueryOptions } from '../api/session';
import { RecoveryBanner } from '../features/account-recovery/components/recovery-banner';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { useSessionWatch } from './session-watch';
import { SkipLink } from './skip-link';
import './console-layout.css';
import './layout.css';

/**
 * The console's screens (every .tsx file in src/routes/console/) come in the console's own
 * download: signing in fetches one chunk, not one per screen. Each file exports its screen
 * alone; src/app/screens.tsx names the file, with the screen's path and title.
 */
const screenFiles = import.meta.glob<Record<string, ComponentType>>('../routes/console/*.tsx', {
  eager: true,
});
export function consoleScreen(file: string): ComponentType {
  const [screen, ...more] = Object.values(screenFiles[`../routes/console/${file}.tsx`] ?? {});
  if (!screen || more.length)
    throw new Error(`src/routes/console/${file}.tsx: one export, the screen`);
  return screen;
}

/** After moving between console pages, focus the new page's heading so it is read out. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const last = useRef(pathname);
  useEffect(() => {
    if (last.current === pathname) return;
    last.current = pathname;
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [pathname]);
}

export function ConsoleLayout() {
  const { t } = useTranslation();
  const { data: user } = useQuery(meQueryOptions());
  useFocusHeadingOnNavigate();
  useSessionWatch();
  if (!user) return null;
  return (
    <div className="console-layout">
      <SkipLink />
      <header className="topbar">
        <div className="topbar-row">
          <nav aria-label={t('nav.label')}>
            <Link to="/" className="topbar-product">
              {t('productName')}
            </Link>
          </nav>
          <div className="topbar-actions">
            <LanguageSwitch />
            <AccountMenu user={user} />
          </div>
        </div>
      </header>
      <main id="main" className="console-main" tabIndex={-1}>
        {/* A pending account recovery concerns every page: any of them may cancel it. */}
        <RecoveryBanner user={user} />
        <Outlet />
      </main>
    </div>
  );
}
