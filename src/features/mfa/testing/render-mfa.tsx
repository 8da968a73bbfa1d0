import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { meQueryOptions, setSessionUser } from '#src/api/session';
import type { User } from '#src/api/user';
import { ToastProvider } from '#src/components/toast';
import { i18n } from '#src/i18n';

export const aliceOff: User = {
  id: 'usr_alice',
  name: 'Alice Zhang',
  email: 'alice@example.com',
  mfa: { enabled: false, enabledAt: null, lastUsedAt: null, recoveryCodesRemaining: 0 },
};

export const aliceOn: User = {
  ...aliceOff,
  mfa: {
    enabled: true,
    enabledAt: '2026-03-01T09:00:00.000Z',
    lastUsedAt: null,
    recoveryCodesRemaining: 10,
  },
};

/**
 * `ui(user)` inside the providers the feature needs, at `path`, with the session holding `user`
 * (the view re-renders with the session, as the Profile page does).
 */
export async function renderMfa(
  ui: (user: User) => ReactNode,
  { user = aliceOff, path = '/settings/profile' } = {},
) {
  await i18n.changeLanguage('en');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  setSessionUser(queryClient, user);
  const router = createMemoryRouter([{ path: '*', element: <SessionView render={ui} /> }], {
    initialEntries: [path],
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

function SessionView({ render: view }: { render: (user: User) => ReactNode }) {
  const { data } = useQuery({ ...meQueryOptions(), staleTime: Infinity });
  return data ? view(data) : null;
}
