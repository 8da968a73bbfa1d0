import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypedBeforeStart } from '../components/use-typed-before-start';
import { isLanguage, setLanguage, supportedLanguages } from '../i18n';
import './language-switch.css';

/** Each language's prerendered page (scripts/prerender-plugin.mjs writes them). */
const prerenderedPageOf = { en: '/index.html', 'zh-CN': '/zh-CN/' } as const;

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
      {/* With JavaScript off the select cannot switch: a link to the other language's
          prerendered page, by its file's own address, which any static host serves. */}
      <noscript>
        {supportedLanguages
          .filter((language) => language !== value)
          .map((language) => (
            <a
              key={language}
              href={prerenderedPageOf[language]}
              lang={language}
              hrefLang={language}
            >
              {t(`languages.${language}`)}
            </a>
          ))}
      </noscript>
    </div>
  );
}
