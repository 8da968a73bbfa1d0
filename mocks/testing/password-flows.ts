import { expect } from 'vitest';
import { passwordPaths } from '#src/api/passwords';
import type { TestBrowser } from './client';
import { mailbox } from './flows';

/** A new password every rule accepts (long, uncommon words, nothing from either seed account). */
export const strongPassword = 'Velvet otter ledger 71';
export const otherStrongPassword = 'Copper kettle drums 19';

/** Asks for a reset link for `email` and answers the response (204 whether or not it exists). */
export function requestReset(browser: TestBrowser, email: string, address?: string) {
  const headers: Record<string, string> = address ? { 'x-zen-client-address': address } : {};
  return browser.request('POST', passwordPaths.requestReset, { email }, headers);
}

/** The token of the newest reset link mailed to `to`, read from the link as a person opens it. */
async function latestResetToken(browser: TestBrowser, to: string): Promise<string> {
  const message = (await mailbox(browser)).find((mail) => mail.to === to && mail.link);
  const token = /#token=(.+)$/.exec(message?.link ?? '')?.[1];
  if (!token) throw new Error(`no reset link mailed to ${to}`);
  return token;
}

/** Asks for a link for `email` and returns its token. */
export async function resetToken(browser: TestBrowser, email: string): Promise<string> {
  expect((await requestReset(browser, email)).status).toBe(204);
  return latestResetToken(browser, email);
}

export function completeReset(browser: TestBrowser, token: string, password = strongPassword) {
  return browser.post(passwordPaths.reset, { token, password });
}
