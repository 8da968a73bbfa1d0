import {
  scenarioCatalog,
  scenarioFlows,
  type ReviewLanguage,
  type ScenarioFlow,
} from '#mocks/scenarios/catalog';

export type ScenarioGroup = { flow: ScenarioFlow; scenarios: (typeof scenarioCatalog)[number][] };

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * Scenarios whose name or title (in either language) holds every word of the query, grouped by
 * flow in the catalog's order; empty groups are left out.
 */
export function searchScenarios(query: string, language: ReviewLanguage): ScenarioGroup[] {
  const words = normalise(query).split(' ').filter(Boolean);
  const matches = scenarioCatalog.filter((scenario) => {
    const haystack = normalise(
      [scenario.name, scenario.flow, scenario.title[language], scenario.title.en].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
  return scenarioFlows
    .map((flow) => ({ flow, scenarios: matches.filter((scenario) => scenario.flow === flow) }))
    .filter((group) => group.scenarios.length > 0);
}
