import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, type RouteObject } from 'react-router';
import { afterFirstPaint } from '../api/ready';
import { AuthLayout } from './auth-layout';
import { RequireSession } from './require-session';
import { RouteErrorBoundary } from './route-error';
import { AppLoading, ConsoleLayout, preloadScreen, screens } from './screens';

type ScreenEntry = (typeof screens)[number];

/** One screen: its document title ("<page> · zenConsole", in the current language), then it. */
function ScreenElement({ screen }: { screen: ScreenEntry }) {
  const { state } = useLocation();
  const key = typeof screen.title === 'function' ? screen.title(state) : screen.title;
  // The title's namespace is loaded before its screen renders (a console one with the console).
  const { t } = useTranslation();
  const title = t('pageTitle', { page: t(key) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const { next } = screen;
  useEffect(() => {
    if (next) void afterFirstPaint().then(() => preloadScreen(next));
  }, [next]);
  return <screen.Component />;
}

function screenRoutes(inConsole: boolean): RouteObject[] {
  return screens
    .filter((screen) => 'file' in screen === inConsole)
    .map((screen) => {
      const element = <ScreenElement screen={screen} />;
      // A screen loading in the card draws the loading state there; console screens share the
      // console's full-page one (below), as they load with it.
      return {
        path: screen.path,
        element:
          'load' in screen ? <Suspense fallback={<AppLoading />}>{element}</Suspense> : element,
      };
    });
}

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
