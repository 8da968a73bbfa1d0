import { useState } from 'react';
import { setLanguage, supportedLanguages } from '#src/i18n';
import type { ReviewTheme } from '#mocks/scenarios/catalog';
import { Button } from '#src/components/button';
import { applyTheme, forcedTheme } from '../theme';
import { useReviewTranslation } from '../use-review-language';

type ThemeChoice = ReviewTheme | 'system';
const themes: ThemeChoice[] = ['light', 'dark', 'system'];

export function AppearanceSection({ onShowHint }: { onShowHint: () => void }) {
  const { t, language } = useReviewTranslation();
  const [theme, setTheme] = useState<ThemeChoice>(() => forcedTheme() ?? 'system');

  return (
    <div className="review-section">
      <fieldset className="review-fieldset">
        <legend>{t('appearance.language')}</legend>
        {supportedLanguages.map((option) => (
          <label key={option} className="review-check" lang={option}>
            <input
              type="radio"
              name="review-language"
              value={option}
              checked={language === option}
              onChange={() => void setLanguage(option)}
            />
            {t(`languages.${option}`, { ns: 'common' })}
          </label>
        ))}
      </fieldset>
      <fieldset className="review-fieldset">
        <legend>{t('appearance.theme')}</legend>
        {themes.map((option) => (
          <label key={option} className="review-check">
            <input
              type="radio"
              name="review-theme"
              value={option}
              checked={theme === option}
              onChange={() => {
                setTheme(option);
                applyTheme(option === 'system' ? null : option);
              }}
            />
            {t(`appearance.${option}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <Button onClick={onShowHint}>{t('appearance.showHint')}</Button>
      </div>
    </div>
  );
}
