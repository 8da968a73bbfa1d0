import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypedBeforeStart } from '../components/use-typed-before-start';
import { isLanguage, setLanguage, supportedLanguages } from '../i18n';
import './language-switch.css';

/** A native select: keyboard, screen readers and phones already know how to use it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const value = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const select = useRef<HTMLSelectElement>(null);
  // On the prerendered page a language chosen before the app started is applied once it has.
  useTypedBeforeStart(select, (chosen) => {
    if (isLanguage(chosen) && chosen !== value) void setLanguage(chosen);
  });
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        ref={select}
        id={id}
        className="language-switch-select"
        value={value}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {supportedLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
