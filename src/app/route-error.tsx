import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Button } from '../components/button';
import './layout.css';

/** Last resort for a render error: say so plainly and offer a reload. */
function RouteErrorView({ error }: { error: unknown }) {
  const { t } = useTranslation();
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

type BoundaryProps = { children: ReactNode; resetKey: string };

/**
 * The app routes declaratively (the data router's code would add 16 kB gzip to the sign-in
 * screen), so render errors are caught here rather than by an `errorElement`. Moving to another
 * page tries again.
 */
class ErrorBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  render() {
    return this.state.error ? <RouteErrorView error={this.state.error} /> : this.props.children;
  }
}

/** The root route's element: every screen renders inside the boundary. */
export function RouteErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary resetKey={pathname}>
      <Outlet />
    </ErrorBoundary>
  );
}
