import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';

function AppRoutes() {
  return useRoutes(appRoutes);
}

/** Fired on `document` once the app has taken over the page (public/before-paint.js listens). */
export const appStartedEvent = 'zen:app-started';

function AnnounceStart() {
  useEffect(() => {
    document.dispatchEvent(new Event(appStartedEvent));
  }, []);
  return null;
}

/**
 * Declarative routing: the app uses no loaders or actions, and the data router's code would
 * cost the sign-in screen 16 kB gzip. Tests still drive `appRoutes` with a memory data router.
 * `children` render inside the router too: a mock-mode scenario link drives it from there.
 * `Router` is the browser's; the build's prerender (src/prerender.tsx) passes a static one.
 */
export function App({
  children,
  Router = BrowserRouter,
}: {
  children?: ReactNode;
  Router?: ComponentType<{ children: ReactNode }>;
}) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <Router>
        <AppRoutes />
        {children}
      </Router>
      <AnnounceStart />
    </AppProviders>
  );
}
