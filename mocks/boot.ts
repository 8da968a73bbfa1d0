import { createElement, type ReactNode } from 'react';
import { appliedScenarioSchema, scenarioPath } from '#src/api/mock-scenarios';
import { rememberSession } from '#src/api/session-hint';
import { isLanguage, setLanguage } from '#src/i18n';
import { startMocking } from './browser';
import { markScenarioFailed, ScenarioRunner } from './scenarios/run-steps';

/** `inRouter`: what the app renders inside its router, to finish a scenario link. */
export type MockBoot = { afterRender: () => void; inRouter?: ReactNode };

/**
 * A scenario link (`/?scenario=<name>&lang=…&theme=…`): the simulated backend builds the state,
 * and the page's URL becomes the screen it lands on before the app renders. A landing with
 * router state (the second-factor screen's challenge) goes through the app's router.
 */
async function landOnScenario(params: URLSearchParams): Promise<ReactNode> {
  const name = params.get('scenario');
  if (!name) return null;
  // The scenario may start a session outside the app: the app asks the server who is signed in.
  rememberSession(true);
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
    // A screen that needs router state is reached from the one that would give it.
    history.replaceState(null, '', scenario.landing.state ? '/sign-in' : scenario.landing.path);
    return createElement(ScenarioRunner, { scenario });
  } catch (error) {
    history.replaceState(null, '', '/');
    markScenarioFailed(name, error);
    return null;
  }
}

/** Starts the simulated backend, applies a scenario link, and mounts the review tools. */
export async function bootMocks(): Promise<MockBoot> {
  await startMocking();
  const inRouter = await landOnScenario(new URLSearchParams(location.search));
  return {
    inRouter,
    afterRender: () => void import('./review').then((review) => review.mountReviewTools()),
  };
}
