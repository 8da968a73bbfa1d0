import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '#src/i18n';
import { REVIEW_NS } from './review-i18n';

/** The review namespace's `t`, and the app's current language (en or zh-CN). */
export function useReviewTranslation() {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return { t, language };
}
