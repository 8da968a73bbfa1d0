import type { Page, Request } from '@playwright/test';
import { apiPaths } from '#src/api/auth';
import { totpAt } from '#mocks/testing/codes';
import { alice, expect, test } from './fixtures';
import type { SignInPage } from './pages/sign-in-page';
import type { MockControl } from './support/mock-control';
import { expectNoA11yViolations } from './support/axe';

/** The product bar: network failures and slow answers leave a way to retry, nothing sent twice. */

function isApi(path: string) {
  return (request: Request) => new URL(request.url()).pathname === path;
}

/**
 * The sign-in page once the simulated backend answers (a signed-out page sends no request of
 * its own), so a failure planned with the fault switch hits the request the test makes.
 */
async function openSignIn(mock: MockControl, signIn: SignInPage): Promise<void> {
  await signIn.goto();
  await mock.ready();
}

/** Every sign-in request the page sends, counted when it is sent. */
function recordSignIns(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && isApi(apiPaths.signIn)(request)) sent.push(request);
  });
  return sent;
}

test('sign-in that cannot reach the server says so, keeps the form and retries', async ({
  page,
  mock,
  app,
  text,
}) => {
  await openSignIn(mock, app.signIn);
  await mock.setFaults({ failNext: 1 });
  await app.signIn.signIn(alice.email, alice.password);

  await expect(app.signIn.alert).toContainText(text.t('errors:network'));
  await expect(app.signIn.alert).toBeFocused();
  await expect(app.signIn.email).toHaveValue(alice.email);
  await expect(app.signIn.password).toHaveValue(alice.password);
  await expectNoA11yViolations(page, 'sign-in, network error');

  await app.signIn.retry.click();
  await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
  expect(await mock.mailbox()).toHaveLength(1);
});

test('a slow sign-in shows progress, and a double click or Enter twice sends one request', async ({
  page,
  mock,
  app,
}) => {
  const signIns = recordSignIns(page);
  const codeMailsToAlice = async () =>
    (await mock.mailbox()).filter((mail) => mail.to === alice.email && mail.code).length;
  await openSignIn(mock, app.signIn);
  await mock.setFaults({ latencyMs: 1500 });

  await app.signIn.email.fill(alice.email);
  await app.signIn.password.fill(alice.password);
  await app.signIn.submit.dblclick();
  await expect(app.signIn.submitInProgress).toHaveAttribute('aria-busy', 'true');
  await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
  // Answered before the mailbox is read, so a second request cannot still be on its way.
  await Promise.all(signIns.map((request) => request.response()));
  expect(signIns).toHaveLength(1);
  expect(await codeMailsToAlice()).toBe(1);

  await app.verify.backToSignIn.click();
  await app.signIn.email.fill(alice.email);
  await app.signIn.password.fill(alice.password);
  await app.signIn.password.press('Enter');
  await app.signIn.password.press('Enter');
  await expect(app.signIn.submitInProgress).toHaveAttribute('aria-busy', 'true');
  await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
  await Promise.all(signIns.map((request) => request.response()));
  expect(signIns).toHaveLength(2);
  expect(await codeMailsToAlice()).toBe(2);
});

test('a second-factor code that cannot be sent is kept, and sending it again signs in', async ({
  mock,
  app,
  text,
}) => {
  await openSignIn(mock, app.signIn);
  await app.signIn.signIn(alice.email, alice.password);
  await expect(app.verify.heading).toHaveText(app.verify.emailTitle);
  const code = await mock.latestCode(alice.email);

  await mock.setFaults({ failNext: 1 });
  await app.verify.enterCode(code);
  await expect(app.verify.alert).toContainText(text.t('errors:network'));
  await expect(app.verify.code).toHaveValue(code);

  await app.verify.verify.click();
  await expect(app.console.heading).toContainText(alice.name);
});

test('turning MFA on and off over a failing network keeps what was typed and retries', async ({
  page,
  mock,
  app,
  signInWithMailedCode,
  wizard,
  disableDialog,
  text,
}) => {
  test.slow();
  const start = new Date('2026-11-29T10:00:05Z');
  await page.clock.setFixedTime(start);
  await openSignIn(mock, app.signIn);
  await signInWithMailedCode(alice);
  await app.console.openProfileSettings();

  // The confirm step of the set-up wizard.
  await app.profile.enableWithApp();
  const key = await wizard.openKey();
  await wizard.next.click();
  await expect(wizard.stepHeading(3)).toBeFocused();
  const code = totpAt(key, start);
  await mock.setFaults({ failNext: 1 });
  await wizard.code.fill(code);
  await expect(wizard.alert).toContainText(text.t('errors:network'));
  await expect(wizard.code).toHaveValue(code);
  await wizard.retry.click();
  expect(await wizard.recoveryCodes()).toHaveLength(10);
  await wizard.finish();
  await expect(app.profile.status).toHaveText(app.profile.enabledLabel);

  // The disable dialog, with a code from the next time step (a used one would be a replay).
  const later = new Date(start.getTime() + 60_000);
  await page.clock.setFixedTime(later);
  await app.profile.disableMfa.click();
  await mock.setFaults({ failNext: 1 });
  await disableDialog.confirmWithCode(alice.password, totpAt(key, later));
  await expect(disableDialog.alert).toContainText(text.t('errors:network'));
  await expect(disableDialog.password).toHaveValue(alice.password);
  await expect(disableDialog.code).toHaveValue(totpAt(key, later));
  await disableDialog.submit.click();
  await expect(disableDialog.dialog).toBeHidden();
  await expect(app.profile.status).toHaveText(app.profile.disabledLabel);
});
