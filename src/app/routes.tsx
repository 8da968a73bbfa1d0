import { Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { NotFoundRoute } from '../routes/not-found';
import { SignInRoute } from '../routes/sign-in';
import { AuthLayout } from './auth-layout';
import {
  ConsoleLayout,
  HomeRoute,
  AppLoading,
  ProfileSettingsRoute,
  SignInVerifyRoute,
} from './lazy-screens';
import { RequireSession } from './require-session';
import { RouteErrorBoundary } from './route-error';

/**
 * The sign-in screen is in the first download; the guard decides before any console code is
 * fetched, so a signed-out visitor at "/" goes to the form as fast as at /sign-in.
 */
/** The route that needs a session (see signed-out-redirect.ts). */
export const consoleRouteId = 'console';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <RouteErrorBoundary />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          { path: 'sign-in', element: <SignInRoute /> },
          {
            path: 'sign-in/verify',
            element: (
              <Suspense fallback={<AppLoading />}>
                <SignInVerifyRoute />
              </Suspense>
            ),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
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
          { index: true, element: <HomeRoute /> },
          { path: 'settings', element: <Navigate to="/settings/profile" replace /> },
          { path: 'settings/profile', element: <ProfileSettingsRoute /> },
        ],
      },
    ],
  },
];
