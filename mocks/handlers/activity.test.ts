import { describe, expect, it } from 'vitest';
import { activityCsvColumns, activityExportSchema, activityPaths } from '#src/api/activity';
import { apiPaths } from '#src/api/auth';
import { factorPath } from '#src/api/factors';
import { regenerateRecoveryCodesResponseSchema } from '#src/api/mfa';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { advanceClock } from '../testing/clock';
import { activityPage, allActivity, signInBobAs, userAgents } from '../testing/activity-flows';
import { enterSudo, listFactors } from '../testing/factor-flows';
import { mailbox, nextStepCode, signedInAlice, startSignIn, verify } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();
const { bob } = seedAccounts;

async function bobOn(userAgent: string): Promise<TestBrowser> {
  const browser = new TestBrowser();
  await signInBobAs(browser, userAgent);
  return browser;
}

describe('security activity', () => {
  it('logs sign-ins, wrong passwords and wrong codes, newest first, with device and factor', async () => {
    const desktop = new TestBrowser();
    await desktop.post(apiPaths.signIn, { email: bob.email, password: 'Wrong#2026' });
    const challenge = await startSignIn(desktop, bob);
    await desktop.post(apiPaths.verifyChallenge, { challengeId: challenge.id, code: '000000' });
    await signInBobAs(desktop, userAgents.desktop);
    const { events, nextCursor } = await activityPage(desktop);
    expect(events.map((event) => event.kind)).toEqual([
      'signed_in',
      'second_factor_wrong',
      'password_wrong',
    ]);
    expect(nextCursor).toBeNull();
    const [signedIn] = events;
    expect(signedIn?.factor).toEqual({ type: 'totp', name: null, number: 1 });
    expect(signedIn?.device).toEqual({ browser: 'Chrome', os: 'Windows', kind: 'desktop' });
    expect(signedIn?.newDevice).toBe(false);
    expect(events[1]?.factor?.type).toBe('totp');
  });

  it('logs a factor renamed by its new name, sudo mode, and new recovery codes', async () => {
    const browser = await bobOn(userAgents.desktop);
    await enterSudo(browser);
    const [factor] = await listFactors(browser);
    expect((await browser.patch(factorPath(factor?.id ?? ''), { name: 'Work phone' })).status).toBe(
      200,
    );
    await expectOk(
      await browser.post(apiPaths.regenerateRecoveryCodes, {
        password: bob.password,
        code: await nextStepCode(bobTotpSecret),
      }),
      regenerateRecoveryCodesResponseSchema,
    );
    const changes = (await activityPage(browser, { group: 'second_factors' })).events;
    expect(changes.map((event) => [event.kind, event.factor?.name ?? null])).toEqual([
      ['recovery_codes_regenerated', 'Work phone'],
      ['factor_renamed', 'Work phone'],
    ]);
    const sessions = (await activityPage(browser, { group: 'sessions' })).events;
    expect(sessions.map((event) => event.kind)).toEqual(['sudo_entered']);
    const signIns = (await activityPage(browser, { group: 'sign_ins' })).events;
    expect(signIns.map((event) => event.kind)).toEqual(['signed_in']);
  });

  it('mails a notice for a sign-in from a device the account has not used, and only then', async () => {
    await bobOn(userAgents.desktop);
    await bobOn(userAgents.desktop);
    const noticesBefore = (await mailbox(new TestBrowser())).filter((mail) =>
      mail.subject.includes('New sign-in'),
    );
    expect(noticesBefore).toEqual([]);
    const phone = await bobOn(userAgents.phone);
    const [latest] = (await activityPage(phone)).events;
    expect(latest?.newDevice).toBe(true);
    expect(latest?.device).toEqual({ browser: 'Safari', os: 'iOS', kind: 'phone' });
    const [mail] = await mailbox(phone);
    expect(mail?.to).toBe(bob.email);
    expect(mail?.subject).toContain('New sign-in from Safari on iOS');
    expect(mail?.body).toMatch(/Location: .+\. Time: \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
    expect(mail?.body).toContain("This wasn't me");
  });

  it('pages by cursor without repeats, bounds the page size, refuses a forged cursor', async () => {
    const browser = await bobOn(userAgents.desktop);
    for (let attempt = 0; attempt < 4; attempt += 1)
      await browser.post(apiPaths.signIn, { email: bob.email, password: `Wrong#${attempt}` });
    const whole = (await activityPage(browser, { limit: '100' })).events;
    const paged = await allActivity(browser, { limit: '2' });
    expect(paged.map((event) => event.id)).toEqual(whole.map((event) => event.id));
    expect(new Set(paged.map((event) => event.id)).size).toBe(paged.length);
    for (const limit of ['0', '101', 'x', '-1'])
      await expectError(
        await browser.get(`${activityPaths.activity}?limit=${limit}`),
        'invalid_request',
      );
    await expectError(
      await browser.get(`${activityPaths.activity}?cursor=forged`),
      'invalid_request',
    );
    await expectError(await browser.get(`${activityPaths.activity}?group=all`), 'invalid_request');
    await expectError(await new TestBrowser().get(activityPaths.activity), 'unauthenticated');
  });

  it("never shows another account's events", async () => {
    await bobOn(userAgents.desktop);
    const alice = await signedInAlice();
    const events = await allActivity(alice);
    expect(events.map((event) => [event.kind, event.factor?.type])).toEqual([
      ['signed_in', 'email'],
    ]);
  });

  it('keeps 90 days: older events are gone', async () => {
    const browser = await bobOn(userAgents.desktop);
    // A day at a time: the clock endpoint moves at most a day per request (the contract's bound).
    for (let day = 0; day < 91; day += 1) await advanceClock(24 * 60 * 60);
    await signInBobAs(browser, userAgents.desktop);
    const events = await allActivity(browser);
    expect(events.map((event) => event.kind)).toEqual(['signed_in']);
  });

  it('exports JSON and CSV with the documented columns, defusing formulas', async () => {
    const browser = await bobOn(userAgents.desktop);
    await enterSudo(browser);
    const [factor] = await listFactors(browser);
    await browser.patch(factorPath(factor?.id ?? ''), { name: '=HYPERLINK("x")' });
    const json = await browser.get(activityPaths.exportJson);
    expect(json.headers.get('content-disposition')).toContain('attachment');
    const exported = await expectOk(json, activityExportSchema);
    expect(exported.events.map((event) => event.kind)).toEqual([
      'factor_renamed',
      'sudo_entered',
      'signed_in',
    ]);
    const csv = await browser.get(activityPaths.exportCsv);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(activityCsvColumns.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]?.startsWith(`${exported.events[0]?.id},factor_renamed,`)).toBe(true);
  });

  it('never holds a secret: no code, key, password or session id in the log, mails or exports', async () => {
    const browser = await bobOn(userAgents.desktop);
    const phone = new TestBrowser();
    const challenge = await startSignIn(phone, bob);
    const recoveryCode = bobRecoveryCodes[0];
    await verify(phone, challenge.id, { recoveryCode });
    await enterSudo(browser);
    const regenerated = await expectOk(
      await browser.post(apiPaths.regenerateRecoveryCodes, {
        password: bob.password,
        code: await nextStepCode(bobTotpSecret),
      }),
      regenerateRecoveryCodesResponseSchema,
    );
    const everything = [
      await (await browser.get(activityPaths.exportJson)).text(),
      await (await browser.get(activityPaths.exportCsv)).text(),
      JSON.stringify(await mailbox(browser)),
    ].join('\n');
    const secrets = [
      bobTotpSecret,
      bob.password,
      recoveryCode,
      recoveryCode.replace('-', ''),
      ...regenerated.recoveryCodes,
      browser.cookies.get('sid'),
      phone.cookies.get('sid'),
      challenge.id,
    ];
    for (const secret of secrets) expect(everything).not.toContain(secret);
    const kinds = (await allActivity(browser)).map((event) => event.kind);
    expect(kinds).toContain('recovery_code_used');
  });
});
