import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, type RouteObject } from 'react-router';
import { afterFirstMove } from '../api/ready';
import { AuthLayout } from './auth-layout';
import { RequireSession } from './require-session';
import { RouteErrorBoundary } from './route-error';
import { AppLoading, ConsoleLayout, screens, type Screen } from './screens';

/**
 * One screen: its document title ("<page> · zenConsole", in the current language; the title's
 * namespace is loaded before its screen renders), then it; what comes next starts loading at
 * the person's first move on it.
 */
function ScreenElement({ screen }: { screen: Screen }) {
  const { state } = useLocation();
  const { t } = useTranslation();
  const title = t('pageTitle', {
    page: t(typeof screen.title === 'function' ? screen.title(state) : screen.title),
  });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const { next } = screen;
  useEffect(() => {
    if (next) void afterFirstMove().then(next);
  }, [next]);
  return <screen.Component />;
}

// A screen loading in the card draws the loading state there; console screens share the
// console's full-page one (below), as they load with it.
const screenRoutes = (inConsole: boolean): RouteObject[] =>
  screens
    .filter((screen) => !!screen.inConsole === inConsole)
    .map((screen) => ({
      path: screen.path,
      element: screen.lazy ? (
        <Suspense fallback={<AppLoading />}>
          <ScreenElement screen={screen} />
        </Suspense>
      ) : (
        <ScreenElement screen={screen} />
      ),
    }));

/** The route that needs a session (see signed-out-redirect.ts). */
export const consoleRouteId = 'console';

/**
 * The sign-in screen is in the first download; the guard decides before any console code is
 * fetched, so a signed-out visitor at "/" goes to the form as fast as at /sign-in.
 */
export const appRoutes: RouteObject[] = [
  {
    element: <RouteErrorBoundary />,
    children: [
      { element: <AuthLayout />, children: screenRoutes(false) },
      {
        id: consoleRouteId,
        element: (
          <RequireSession>
            <Suspense fallback={<AppLoading fullPage />}>
              <ConsoleLayout />
            </Suspense>
          </RequireSession>
        ),
        children: [
          { path: '/settings', element: <Navigate to="/settings/profile" replace /> },
          ...screenRoutes(true),
        ],
      },
    ],
  },
];
