import * as z from 'zod/mini';
import { challengeSchema } from './auth';
import { faultsRequestSchema } from './mock-control';

/** Mock only: applies a named scenario (see mocks/scenarios/catalog.ts) from the seed. */
export const scenarioPath = '/api/__mock/scenario';

export const applyScenarioRequestSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(64)),
});

/**
 * What the page still does once the backend holds the scenario's state, for what only a person
 * can cause (a wrong code typed and submitted, a button pressed), so that what the screen shows
 * comes from the real app and the real backend. `fields` maps inputs' `name`s to what is typed
 * before their form is submitted; `target` is a CSS selector; `to` is a path the app's router
 * goes to, as a link would.
 */
const scenarioStepSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), fields: z.record(z.string(), z.string()) }),
  z.object({ action: z.literal('click'), target: z.string() }),
  z.object({ action: z.literal('navigate'), to: z.string() }),
  z.object({ action: z.literal('advanceClock'), seconds: z.int() }),
  z.object({ action: z.literal('setFaults'), faults: faultsRequestSchema }),
  /** Types the code of the newest mail that holds one into `field`, and submits its form. */
  z.object({ action: z.literal('submitMailedCode'), field: z.string() }),
]);
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;

export const appliedScenarioSchema = z.object({
  name: z.string(),
  /** Where the page lands, and the state the app's router lands with (the second-factor screen's). */
  landing: z.object({
    path: z.string(),
    state: z.optional(z.object({ challenge: challengeSchema, returnTo: z.nullable(z.string()) })),
  }),
  steps: z.array(scenarioStepSchema),
  /** A CSS selector that is visible once the screen shows the scenario's state. */
  expect: z.string(),
  /**
   * Whether the answer set a session cookie: the app then asks the server who is signed in;
   * without one it shows the signed-out screens at once, as on a first visit.
   */
  holdsSession: z.boolean(),
});
export type AppliedScenario = z.infer<typeof appliedScenarioSchema>;
