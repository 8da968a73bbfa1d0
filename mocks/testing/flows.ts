import { apiPaths, signInResponseSchema, verifyChallengeResponseSchema } from '#src/api/auth';
import { confirmEnrollmentResponseSchema, enrollmentResponseSchema } from '#src/api/mfa';
import { mailboxResponseSchema, mockPaths } from '#src/api/mock-control';
import type { User } from '#src/api/user';
import { now } from '../db/clock';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectOk } from './client';
import { advanceClock } from './clock';
import { totpAt } from './codes';

/** Moves the mock clock into the next time step, so a new code is not a replay of the last. */
export async function nextStepCode(secret: string): Promise<string> {
  await advanceClock(30);
  return totpAt(secret, now());
}

type Account = { email: string; password: string };

export async function startSignIn(browser: TestBrowser, account: Account) {
  const response = await browser.post(apiPaths.signIn, {
    email: account.email,
    password: account.password,
  });
  return (await expectOk(response, signInResponseSchema)).challenge;
}

export async function mailbox(browser: TestBrowser) {
  return (await expectOk(await browser.get(mockPaths.mailbox), mailboxResponseSchema)).messages;
}

/** The code in the newest mail to `to`. */
export async function latestMailedCode(browser: TestBrowser, to: string): Promise<string> {
  const message = (await mailbox(browser)).find((mail) => mail.to === to);
  if (!message?.code) throw new Error(`no code mailed to ${to}`);
  return message.code;
}

export type Factor = { code: string } | { recoveryCode: string };

export async function verify(
  browser: TestBrowser,
  challengeId: string,
  factor: Factor,
): Promise<User> {
  const response = await browser.post(apiPaths.verifyChallenge, { challengeId, ...factor });
  return (await expectOk(response, verifyChallengeResponseSchema)).user;
}

/** Alice (MFA off) signs in with the emailed code. */
export async function signInAlice(browser: TestBrowser): Promise<User> {
  const challenge = await startSignIn(browser, seedAccounts.alice);
  const code = await latestMailedCode(browser, seedAccounts.alice.email);
  return verify(browser, challenge.id, { code });
}

/** Bob signs in with his authenticator; the step he used is then spent. */
export async function signInBob(
  browser: TestBrowser,
  secret: string = bobTotpSecret,
): Promise<User> {
  const challenge = await startSignIn(browser, seedAccounts.bob);
  return verify(browser, challenge.id, { code: totpAt(secret, now()) });
}

/** A new browser in which Alice is signed in (MFA off). */
export async function signedInAlice(): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInAlice(browser);
  return browser;
}

/** Starts (or resumes) enrollment and returns the pending enrollment. */
export async function startEnrollment(browser: TestBrowser) {
  const response = await browser.post(apiPaths.enrollment);
  return (await expectOk(response, enrollmentResponseSchema)).enrollment;
}

/** Alice signs in and turns MFA on; returns her new secret and recovery codes. */
export async function enrollAlice(browser: TestBrowser) {
  await signInAlice(browser);
  const { enrollment } = await expectOk(
    await browser.post(apiPaths.enrollment),
    enrollmentResponseSchema,
  );
  const response = await browser.post(apiPaths.confirmEnrollment, {
    code: totpAt(enrollment.secret, now()),
  });
  const confirmed = await expectOk(response, confirmEnrollmentResponseSchema);
  return { secret: enrollment.secret, ...confirmed };
}
