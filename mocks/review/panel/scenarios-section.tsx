import { useState } from 'react';
import { TextField } from '#src/components/text-field';
import { scenarioHref } from '#mocks/scenarios/catalog';
import { forcedTheme } from '../theme';
import { useReviewTranslation } from '../use-review-language';
import { searchScenarios } from './scenario-search';

/**
 * Links rather than buttons: one click loads the scenario (the boot step applies it), and a
 * link can be copied or opened in a new tab to share the state.
 */
export function ScenariosSection() {
  const { t, language } = useReviewTranslation();
  const [query, setQuery] = useState('');
  const groups = searchScenarios(query, language);
  const count = groups.reduce((sum, group) => sum + group.scenarios.length, 0);
  const theme = forcedTheme() ?? undefined;

  return (
    <div className="review-section">
      <p className="muted">{t('scenarios.intro')}</p>
      <TextField
        label={t('scenarios.search')}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="review-count" aria-live="polite">
        {count > 0 ? t('scenarios.count', { count }) : t('scenarios.none', { query })}
      </p>
      {groups.map((group) => (
        <section key={group.flow} className="review-group" aria-labelledby={`flow-${group.flow}`}>
          <h3 id={`flow-${group.flow}`} className="review-group-title">
            {t(`flows.${group.flow}`)}
          </h3>
          <ul className="review-links">
            {group.scenarios.map((scenario) => (
              <li key={scenario.name}>
                <a href={scenarioHref(scenario.name, { lang: language, theme })}>
                  {scenario.title[language]}
                </a>
                <code className="review-name">{scenario.name}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
