import { mockPaths } from '#src/api/mock-control';
import type { AppliedScenario, ScenarioStep } from '#src/api/mock-scenarios';
import { i18n } from '#src/i18n';

// Generous: the slow-response scenario and a cold lazy chunk both take their time.
const STEP_TIMEOUT_MS = 15_000;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

function isVisible(element: Element): boolean {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

/** Inside an open dialog first: a dialog makes the page behind it inert. */
function findVisible<T extends Element>(selectors: string): T | null {
  const dialog = document.querySelector('dialog[open]');
  for (const scope of dialog ? [dialog, document] : [document]) {
    const found = [...scope.querySelectorAll<T>(selectors)].find(isVisible);
    if (found) return found;
  }
  return null;
}

async function waitFor<T>(find: () => T | null, what: string): Promise<T> {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

const inputNamed = (name: string) =>
  waitFor(
    () => findVisible<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:not([disabled])`),
    `the field "${name}"`,
  );

/** Types as a person would: React's controlled inputs listen to `input` events. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function buttonLabelled(label: string): HTMLElement | null {
  const text = i18n.t(label);
  const dialog = document.querySelector('dialog[open]');
  for (const scope of dialog ? [dialog, document] : [document]) {
    const match = [...scope.querySelectorAll<HTMLElement>('button, a')].find(
      (element) => isVisible(element) && element.textContent?.trim() === text,
    );
    if (match) return match;
  }
  return null;
}

async function postJson(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

async function runStep(step: ScenarioStep): Promise<void> {
  switch (step.action) {
    case 'fill':
      typeInto(await inputNamed(step.field), step.value);
      return;
    case 'submit':
      (await inputNamed(step.field)).form?.requestSubmit();
      return;
    case 'click':
      (await waitFor(() => buttonLabelled(step.label), `the button "${step.label}"`)).click();
      return;
    case 'advanceClock':
      return postJson(mockPaths.clock, { advanceSeconds: step.seconds });
    case 'setFaults':
      return postJson(mockPaths.faults, step.faults);
  }
}

/**
 * Finishes a scenario in the page: performs its UI steps on the rendered app, then waits for the
 * screen to show the state. `<html data-scenario-state>` tells tests and the gallery when it has.
 */
export async function runScenarioSteps(scenario: AppliedScenario): Promise<void> {
  const root = document.documentElement;
  root.dataset.scenario = scenario.name;
  root.dataset.scenarioState = 'running';
  try {
    // The landing screen first (its heading, once the session check has answered): a step such
    // as moving the clock must not race the app's own first requests.
    await waitFor(() => findVisible('main h1, dialog[open]'), 'the landing screen');
    for (const step of scenario.steps) {
      await runStep(step);
      await nextFrame();
    }
    await waitFor(() => findVisible(scenario.expect), `the screen of "${scenario.name}"`);
    root.dataset.scenarioState = 'ready';
  } catch (error) {
    markScenarioFailed(scenario.name, error);
  }
}

export function markScenarioFailed(name: string, error: unknown): void {
  const root = document.documentElement;
  root.dataset.scenario = name;
  root.dataset.scenarioState = 'failed';
  root.dataset.scenarioError = error instanceof Error ? error.message : String(error);
}
