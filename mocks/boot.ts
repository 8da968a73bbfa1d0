import { createElement, type ReactNode } from 'react';
import { appliedScenarioSchema, scenarioPath } from '#src/api/mock-scenarios';
import { rememberSession } from '#src/api/session-hint';
import { isLanguage, setLanguage } from '#src/i18n';
import { startMocking } from './browser';
import { pauseRealisticLatency } from './handlers/latency';
import { markScenarioFailed, ScenarioRunner } from './scenarios/run-steps';

/** `inRouter`: what the app renders inside its router, to finish a scenario link. */
export type MockBoot = { afterRender: () => void; inRouter?: ReactNode };

/** A scenario link's language and theme, applied while the simulated backend starts. */
async function applyLook(params: URLSearchParams): Promise<void> {
  const language = params.get('lang');
  const theme = params.get('theme');
  await Promise.all([
    isLanguage(language) ? setLanguage(language) : undefined,
    theme === 'light' || theme === 'dark'
      ? import('./review/theme').then((module) => module.applyTheme(theme))
      : undefined,
  ]);
}

/**
 * A scenario link (`/?scenario=<name>&lang=…&theme=…`): the simulated backend builds the state,
 * and the page's URL becomes the screen it lands on before the app renders. A landing with
 * router state (the second-factor screen's challenge) goes through the app's router.
 */
async function landOnScenario(name: string): Promise<ReactNode> {
  try {
    const response = await fetch(scenarioPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (!response.ok) throw new Error(`the scenario "${name}" answered ${response.status}`);
    const scenario = appliedScenarioSchema.parse(await response.json());
    // A session started outside the app: the app asks the server who is signed in. Without
    // one, the signed-out screens draw without that request.
    rememberSession(scenario.holdsSession);
    // A screen that needs router state is reached from the one that would give it.
    history.replaceState(null, '', scenario.landing.state ? '/sign-in' : scenario.landing.path);
    return createElement(ScenarioRunner, { scenario });
  } catch (error) {
    history.replaceState(null, '', '/');
    markScenarioFailed(name, error);
    return null;
  }
}

/**
 * Starts the simulated backend, applies a scenario link, and mounts the review tools. A
 * scenario link is waited for (designers and tests): its language, theme and review tools load
 * while the backend starts, and its requests skip the realistic latency until it is ready.
 */
export async function bootMocks(): Promise<MockBoot> {
  const params = new URLSearchParams(location.search);
  const name = params.get('scenario');
  if (name) pauseRealisticLatency();
  // The review tools draw before a scenario counts as settled: fetched meanwhile.
  const review = name
    ? import('./review').then((module) => {
        void module.preloadReviewTools();
        return module;
      })
    : undefined;
  await Promise.all([startMocking(), name ? applyLook(params) : undefined]);
  const inRouter = name ? await landOnScenario(name) : null;
  return {
    inRouter,
    afterRender: () =>
      void (review ?? import('./review')).then((module) => module.mountReviewTools()),
  };
}
