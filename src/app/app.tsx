import { useState, type ReactNode } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';

function AppRoutes() {
  return useRoutes(appRoutes);
}

/**
 * Declarative routing: the app uses no loaders or actions, and the data router's code would
 * cost the sign-in screen 16 kB gzip. Tests still drive `appRoutes` with a memory data router.
 * `children` render inside the router too: a mock-mode scenario link drives it from there.
 */
export function App({ children }: { children?: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <AppRoutes />
        {children}
      </BrowserRouter>
    </AppProviders>
  );
}
