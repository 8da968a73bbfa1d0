import * as z from 'zod/mini';
import { challengeSchema } from './auth';
import { faultsRequestSchema } from './mock-control';

/** Mock only: applies a named scenario (see mocks/scenarios/catalog.ts) from the seed. */
export const scenarioPath = '/api/__mock/scenario';

export const applyScenarioRequestSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(64)),
});

/**
 * What the page does after the backend is in the scenario's state: the UI actions a person
 * would take to reach the screen (a wrong code typed and submitted, a dialog's link clicked),
 * so that what the screen shows comes from the real app and the real backend.
 * `field` is an input's `name`; `label` is a message key whose translation names a button.
 */
const scenarioStepSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('fill'), field: z.string(), value: z.string() }),
  z.object({ action: z.literal('submit'), field: z.string() }),
  z.object({ action: z.literal('click'), label: z.string() }),
  z.object({ action: z.literal('advanceClock'), seconds: z.int() }),
  z.object({ action: z.literal('setFaults'), faults: faultsRequestSchema }),
]);
export type ScenarioStep = z.infer<typeof scenarioStepSchema>;

export const appliedScenarioSchema = z.object({
  name: z.string(),
  /** Where the page lands, and the history state it lands with (the second-factor screen's). */
  landing: z.object({
    path: z.string(),
    state: z.optional(z.object({ challenge: challengeSchema, returnTo: z.nullable(z.string()) })),
  }),
  steps: z.array(scenarioStepSchema),
  /** A CSS selector that is visible once the screen shows the scenario's state. */
  expect: z.string(),
});
export type AppliedScenario = z.infer<typeof appliedScenarioSchema>;
