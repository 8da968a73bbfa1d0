import { lazy } from 'react';
import { useLocation } from 'react-router';
import { i18n } from '../i18n';

/**
 * Forgot and reset password share one small entry in the first download (screens.tsx): this
 * module, whose own imports bring each screen with its feature code. The sign-in screen's
 * download pays for one file name, not for every chunk the two screens are made of.
 */
const ForgotPassword = lazy(() =>
  import('./forgot-password').then((route) => ({ default: route.ForgotPasswordRoute })),
);
const ResetPassword = lazy(() =>
  import('./reset-password').then((route) => ({ default: route.ResetPasswordRoute })),
);

function PasswordScreensRoute() {
  const { pathname } = useLocation();
  return pathname === '/reset-password' ? <ResetPassword /> : <ForgotPassword />;
}

/** Resolves once the screens' messages are in, so neither the page nor its title shows a key. */
export const passwordScreens = i18n
  .loadNamespaces(['passwords'])
  .then(() => ({ default: PasswordScreensRoute }));
