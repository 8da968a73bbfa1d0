import { i18n } from '#src/i18n';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** The review tools' own namespace: none of these strings ship in a build for a real backend. */
export const REVIEW_NS = 'review';

export const reviewMessages = { en, 'zh-CN': zhCN } as const;

export function addReviewMessages(): void {
  for (const [language, messages] of Object.entries(reviewMessages)) {
    if (!i18n.hasResourceBundle(language, REVIEW_NS)) {
      i18n.addResourceBundle(language, REVIEW_NS, messages);
    }
  }
}
