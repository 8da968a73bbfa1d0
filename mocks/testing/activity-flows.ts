import { apiPaths, signInResponseSchema, verifyChallengeResponseSchema } from '#src/api/auth';
import { activityPageSchema, activityPaths } from '#src/api/activity';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { expectOk, type TestBrowser } from './client';
import { nextStepCode } from './flows';

/** A desktop and a phone, as their browsers name themselves. */
export const userAgents = {
  desktop:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  phone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
} as const;

/** Bob signs in with his app from a browser that names itself `userAgent`. */
export async function signInBobAs(browser: TestBrowser, userAgent: string): Promise<void> {
  const headers = { 'user-agent': userAgent };
  const { bob } = seedAccounts;
  const started = await browser.request(
    'POST',
    apiPaths.signIn,
    { email: bob.email, password: bob.password },
    headers,
  );
  const { challenge } = await expectOk(started, signInResponseSchema);
  const code = await nextStepCode(bobTotpSecret);
  const body = { challengeId: challenge.id, code };
  await expectOk(
    await browser.request('POST', apiPaths.verifyChallenge, body, headers),
    verifyChallengeResponseSchema,
  );
}

/** One page of the signed-in account's log. */
export async function activityPage(browser: TestBrowser, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  const path = search ? `${activityPaths.activity}?${search}` : activityPaths.activity;
  return expectOk(await browser.get(path), activityPageSchema);
}

/** Every page, following `nextCursor`. */
export async function allActivity(browser: TestBrowser, query: Record<string, string> = {}) {
  const events = [];
  let cursor: string | null = null;
  do {
    const page = await activityPage(browser, cursor ? { ...query, cursor } : query);
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}
