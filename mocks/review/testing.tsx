import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, type Language } from '#src/i18n';
import { addReviewMessages } from './review-i18n';

/** A review-tools component with the providers mount() gives it, against the node mock server. */
export async function renderReview(ui: ReactNode, language: Language = 'en') {
  addReviewMessages();
  await i18n.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </QueryClientProvider>,
  );
}
