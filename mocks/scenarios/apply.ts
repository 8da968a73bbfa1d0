import type { AppliedScenario } from '#src/api/mock-scenarios';
import { resetStore, transact } from '../db/db';
import { fail, ok, type Result } from '../db/result';
import { scenarioNames, type ScenarioName } from './catalog';
import type { ScenarioPlan, ScenarioSetup } from './plan';
import { activitySetups } from './setups/activity';
import { accountRecoverySetups } from './setups/account-recovery';
import { consoleSetups } from './setups/console';
import { factorSetups } from './setups/factors';
import { keySetups } from './setups/keys';
import { sessionSetups } from './setups/sessions';
import { passwordSetups } from './setups/passwords';
import { signInSetups } from './setups/sign-in';

const setups: Record<ScenarioName, ScenarioSetup> = {
  ...signInSetups,
  ...consoleSetups,
  ...factorSetups,
  ...keySetups,
  ...sessionSetups,
  ...activitySetups,
  ...accountRecoverySetups,
  ...passwordSetups,
};

function isScenarioName(name: string): name is ScenarioName {
  return (scenarioNames as readonly string[]).includes(name);
}

/**
 * Resets the simulated backend to the seed, then builds the scenario's state through the same
 * domain functions the handlers use. Answers where the page lands, the UI steps that finish the
 * state there, and the session (if any) the browser should hold.
 */
export async function applyScenario(
  name: string,
): Promise<Result<{ applied: AppliedScenario; sessionId?: string }>> {
  if (!isScenarioName(name)) return fail('not_found');
  await resetStore();
  const setup = setups[name];
  const { sessionId, ...plan }: ScenarioPlan = await transact((store) => setup(store));
  return ok({ applied: { name, ...plan, holdsSession: sessionId !== undefined }, sessionId });
}
