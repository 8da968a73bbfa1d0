import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { loadSessionRequest, setSessionUser } from '../api/session';
import { rememberSession } from '../api/session-hint';
import type { User } from '../api/user';
import { i18n, type Language } from '../i18n';
import { AppProviders } from './providers';
import { preloadConsole, preloadVerify } from './screens';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';

// The app loads these on demand; tests load them while the file is imported, so no test step
// (or its timeout) pays for transforming them.
await Promise.all([
  preloadConsole(),
  preloadVerify(),
  loadSessionRequest(),
  import('../features/auth/api/sign-in-request'),
]);

type Options = {
  language?: Language;
  user?: User;
  /** Whether this browser remembers signing in before (default: only when `user` is given). */
  sessionHint?: boolean;
};

/** The whole app at `entry`, in memory: real routes, guard, providers and a fresh cache. */
export async function renderApp(
  entry: InitialEntry,
  { language = 'en', user, sessionHint = user !== undefined }: Options = {},
) {
  rememberSession(sessionHint);
  await i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  if (user) setSessionUser(queryClient, user);
  const router = createMemoryRouter(appRoutes, { initialEntries: [entry] });
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

/** One component with the app's providers and a router around it (for links). */
export async function renderWithProviders(ui: ReactNode, { language = 'en' }: Options = {}) {
  await i18n.changeLanguage(language);
  const queryClient = createQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
