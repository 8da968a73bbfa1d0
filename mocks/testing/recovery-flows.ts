import {
  accountRecoveryPaths,
  confirmRecoveryResponseSchema,
  RECOVERY_PERIOD_HOURS,
  recoveryStatusResponseSchema,
  requestRecoveryResponseSchema,
} from '#src/api/account-recovery';
import { seedAccounts } from '../db/seed';
import type { TestBrowser } from './client';
import { expectOk } from './client';
import { advanceClock } from './clock';
import { latestMailedCode, startSignIn } from './flows';

const HOUR = 3600;

/** Moves the mock clock by hours, a day at most per call (the mock-control limit). */
export async function passHours(hours: number): Promise<void> {
  let seconds = Math.round(hours * HOUR);
  while (seconds > 0) {
    const step = Math.min(seconds, 24 * HOUR);
    await advanceClock(step);
    seconds -= step;
  }
}

export const RECOVERY_PERIOD_SECONDS = RECOVERY_PERIOD_HOURS * HOUR;

/** Bob, who lost his phone, proves his password and asks for recovery; the code is mailed. */
export async function requestBobRecovery(browser: TestBrowser) {
  const challenge = await startSignIn(browser, seedAccounts.bob);
  const response = await browser.post(accountRecoveryPaths.request, { challengeId: challenge.id });
  const { recovery } = await expectOk(response, requestRecoveryResponseSchema, 201);
  return { challenge, recovery, code: await latestMailedCode(browser, seedAccounts.bob.email) };
}

/** Asks, then proves the email: the recovery period starts. */
export async function startBobRecovery(browser: TestBrowser) {
  const { recovery, code } = await requestBobRecovery(browser);
  const response = await browser.post(accountRecoveryPaths.confirm, {
    recoveryId: recovery.id,
    code,
  });
  return (await expectOk(response, confirmRecoveryResponseSchema)).recovery;
}

export async function recoveryStatus(browser: TestBrowser) {
  const response = await browser.get(accountRecoveryPaths.status);
  return (await expectOk(response, recoveryStatusResponseSchema)).recovery;
}
