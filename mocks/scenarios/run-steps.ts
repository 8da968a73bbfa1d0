import { useEffect } from 'react';
import { useNavigate, type NavigateFunction } from 'react-router';
import { mailboxResponseSchema, mockPaths } from '#src/api/mock-control';
import type { AppliedScenario, ScenarioStep } from '#src/api/mock-scenarios';
import { resumeRealisticLatency } from '../handlers/latency';
import { countRequests, whenSettled } from './settled';

// Generous, a ceiling and not a timing: the slow-response scenario and a cold lazy chunk take
// their time, and on a loaded 2-core machine the password estimator (1.6 MB, loaded through the
// busy service worker) once took over 15 s to judge a scenario's typed password.
const STEP_TIMEOUT_MS = 40_000;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Inside an open dialog first: a dialog makes the page behind it inert. */
function findVisible<T extends HTMLElement>(selector: string): T | null {
  const dialog = document.querySelector('dialog[open]');
  for (const scope of dialog ? [dialog, document] : [document]) {
    const found = [...scope.querySelectorAll<T>(selector)].find((e) => e.getClientRects().length);
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

/** A field a step types into, once it can take text. */
const fieldSelector = (name: string) => `input[name="${CSS.escape(name)}"]:not([disabled])`;

/**
 * Types as a person would: the browser inserts the text and fires the `input` event React's
 * controlled fields listen to; then the form is submitted as Enter would submit it.
 */
async function submitForm(fields: Record<string, string>): Promise<void> {
  let form: HTMLFormElement | null = null;
  for (const [name, value] of Object.entries(fields)) {
    const selector = fieldSelector(name);
    const input = await waitFor(() => findVisible<HTMLInputElement>(selector), selector);
    input.focus();
    input.select();
    document.execCommand('insertText', false, value);
    form = input.form;
    await nextFrame();
  }
  form?.requestSubmit();
}

async function postJson(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

/** The newest mailed code: a step that needs one the page's own action had mailed. */
async function newestMailedCode(): Promise<string> {
  const response = await fetch(mockPaths.mailbox);
  if (!response.ok) throw new Error(`${mockPaths.mailbox} answered ${response.status}`);
  const { messages } = mailboxResponseSchema.parse(await response.json());
  const code = messages.find((mail) => mail.code)?.code;
  if (!code) throw new Error('no mail holds a code');
  return code;
}

async function runStep(step: ScenarioStep, navigate: NavigateFunction): Promise<void> {
  switch (step.action) {
    case 'submit':
      return submitForm(step.fields);
    case 'click':
      return (await waitFor(() => findVisible(step.target), step.target)).click();
    case 'navigate':
      return navigate(step.to, { replace: true });
    case 'advanceClock':
      return postJson(mockPaths.clock, { advanceSeconds: step.seconds });
    case 'setFaults':
      return postJson(mockPaths.faults, step.faults);
    case 'submitMailedCode': {
      // The code's field shows once the page's own request has mailed the code; the mailbox is
      // read only then (read at once, it raced the request on a loaded machine).
      const selector = fieldSelector(step.field);
      await waitFor(() => findVisible(selector), selector);
      return submitForm({ [step.field]: await newestMailedCode() });
    }
  }
}

export function markScenarioFailed(name: string, error: unknown): void {
  const root = document.documentElement;
  root.dataset.scenario = name;
  root.dataset.scenarioState = 'failed';
  root.dataset.scenarioError = error instanceof Error ? error.message : String(error);
  resumeRealisticLatency();
}

/**
 * `ready` once the scenario's state is on screen and the screen holds still (./settled.ts).
 * A `scenario-settle` event on the window asks again, as the gallery does after it resizes
 * the page or switches its theme: `settling`, then `ready` (or `failed`).
 */
async function markSettled(scenario: AppliedScenario): Promise<void> {
  const root = document.documentElement;
  root.dataset.scenarioState = 'settling';
  const intended = findVisible(scenario.expect);
  await whenSettled(intended, performance.now() + STEP_TIMEOUT_MS);
  root.dataset.scenarioState = 'ready';
}

function settleAgainOnRequest(scenario: AppliedScenario): void {
  window.addEventListener('scenario-settle', () => {
    markSettled(scenario).catch((error: unknown) => markScenarioFailed(scenario.name, error));
  });
}

/**
 * Finishes a scenario in the page: lands with its router state through the app's own router,
 * performs its steps, then waits for the screen to show the state. `<html data-scenario-state>`
 * tells tests and the gallery when it has.
 */
async function finishScenario(scenario: AppliedScenario, navigate: NavigateFunction) {
  const root = document.documentElement;
  root.dataset.scenario = scenario.name;
  root.dataset.scenarioState = 'running';
  try {
    const { path, state } = scenario.landing;
    if (state) await navigate(path, { replace: true, state });
    // The landing screen first (its heading, once the session check has answered): a step such
    // as moving the clock must not race the app's own first requests.
    await waitFor(() => findVisible('main h1, dialog[open]'), 'the landing screen');
    for (const step of scenario.steps) {
      await runStep(step, navigate);
      await nextFrame();
    }
    await waitFor(() => findVisible(scenario.expect), `the screen of "${scenario.name}"`);
    await markSettled(scenario);
    // From here on a person (or a test) drives the app: answers take their usual time again.
    resumeRealisticLatency();
    settleAgainOnRequest(scenario);
  } catch (error) {
    markScenarioFailed(scenario.name, error);
  }
}

let started = false;

// A scenario link counts its requests from the start, before the app asks its first.
if (new URLSearchParams(location.search).has('scenario')) countRequests();

/** Rendered inside the app's router, once: the router's public `navigate` drives the scenario. */
export function ScenarioRunner({ scenario }: { scenario: AppliedScenario }) {
  const navigate = useNavigate();
  useEffect(() => {
    if (started) return;
    started = true;
    void finishScenario(scenario, navigate);
  }, [navigate, scenario]);
  return null;
}
