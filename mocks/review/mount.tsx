import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '#src/i18n';
import { addReviewMessages } from './review-i18n';
import { ReviewTools } from './review-tools';
import './review.css';

let mounted = false;

/**
 * A React root of its own, beside the app's: the app knows nothing of it. One container at the
 * end of <body> (button, panel) and one before the app's #root (notice, demo hint, in flow).
 */
export function mount(): void {
  if (mounted) return;
  mounted = true;
  addReviewMessages();
  const appRoot = document.getElementById('root');
  // The demo build's pages hold the slot from the first paint (demo-frame.css).
  let topSlot = document.querySelector('.review-top-slot');
  if (!topSlot) {
    topSlot = document.createElement('div');
    topSlot.className = 'review-top-slot';
    document.body.insertBefore(topSlot, appRoot);
  }
  const container = document.createElement('div');
  container.className = 'review-root';
  document.body.append(container);
  // Nothing is cached for long: the tools show the simulated backend as it is now.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0, refetchOnWindowFocus: false } },
  });
  createRoot(container).render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <ReviewTools topSlot={topSlot} />
      </I18nextProvider>
    </QueryClientProvider>,
  );
}
