import { appliedScenarioSchema, scenarioPath } from '#src/api/mock-scenarios';
import { isLanguage, setLanguage } from '#src/i18n';
import { startMocking } from './browser';
import { markScenarioFailed, runScenarioSteps } from './scenarios/run-steps';

export type MockBoot = { afterRender: () => void };

/**
 * A scenario link (`/?scenario=<name>&lang=…&theme=…`): the simulated backend builds the state,
 * and the page moves to the screen it lands on before the app renders, with the history state
 * that screen reads. Returns what the page must still do once the app is on that screen.
 */
async function landOnScenario(params: URLSearchParams): Promise<(() => Promise<void>) | null> {
  const name = params.get('scenario');
  if (!name) return null;
  const language = params.get('lang');
  if (isLanguage(language)) await setLanguage(language);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') (await import('./review/theme')).applyTheme(theme);
  try {
    const response = await fetch(scenarioPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (!response.ok) throw new Error(`the scenario "${name}" answered ${response.status}`);
    const scenario = appliedScenarioSchema.parse(await response.json());
    // React Router's browser history keeps the app's state under `usr` (with its own key and
    // index), which is where the second-factor screen reads its challenge.
    const state = scenario.landing.state ?? null;
    history.replaceState({ usr: state, key: 'scenario', idx: 0 }, '', scenario.landing.path);
    return () => runScenarioSteps(scenario);
  } catch (error) {
    history.replaceState(null, '', '/');
    return async () => markScenarioFailed(name, error);
  }
}

/** Starts the simulated backend, applies a scenario link, and mounts the review tools. */
export async function bootMocks(): Promise<MockBoot> {
  await startMocking();
  const finishScenario = await landOnScenario(new URLSearchParams(location.search));
  return {
    afterRender: () => {
      void import('./review').then((review) => review.mountReviewTools());
      void finishScenario?.();
    },
  };
}
