import { Navigate, type RouteObject } from 'react-router';
import { HomeRoute } from '../routes/home';
import { NotFoundRoute } from '../routes/not-found';
import { ProfileSettingsRoute } from '../routes/profile-settings';
import { SignInRoute } from '../routes/sign-in';
import { SignInVerifyRoute } from '../routes/sign-in-verify';
import { AuthLayout } from './auth-layout';
import { ConsoleLayout } from './console-layout';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    children: [
      {
        element: <AuthLayout />,
        children: [
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'sign-in/verify', element: <SignInVerifyRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
      {
        element: (
          <RequireSession>
            <ConsoleLayout />
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
