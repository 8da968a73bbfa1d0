import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { enrollmentResponseSchema } from '#src/api/mfa';
import { advanceClock } from '../testing/clock';
import { TestBrowser, expectError, expectOk } from '../testing/client';
import { signInBob, signedInAlice, startEnrollment as start } from '../testing/flows';
import { setupMockServer } from '../testing/server';

setupMockServer();

describe('POST enrollment (start or resume)', () => {
  it('returns a pending secret with its otpauth URI, valid 15 minutes (SEC-1)', async () => {
    const enrollment = await start(await signedInAlice());
    expect(enrollment).toEqual({
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
      otpauthUri: `otpauth://totp/zenConsole:alice%40example.com?secret=${enrollment.secret}&issuer=zenConsole&algorithm=SHA1&digits=6&period=30`,
      issuer: 'zenConsole',
      accountName: 'alice@example.com',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      createdAt: '2026-03-02T10:00:05.000Z',
      expiresAt: '2026-03-02T10:15:05.000Z',
      replacedExpired: false,
    });
  });

  it('returns the same secret until confirmed, cancelled or expired', async () => {
    const browser = await signedInAlice();
    const first = await start(browser);
    await advanceClock(14 * 60);
    expect(await start(browser)).toEqual(first);
    await advanceClock(60);
    const replaced = await start(browser);
    expect(replaced.secret).not.toBe(first.secret);
    expect(replaced.replacedExpired).toBe(true);
    expect((await browser.delete(apiPaths.enrollment)).status).toBe(204);
    const fresh = await start(browser);
    expect(fresh.secret).not.toBe(replaced.secret);
    expect(fresh.replacedExpired).toBe(false);
  });

  it('gives every enrollment a different secret (SEC-1)', async () => {
    const browser = await signedInAlice();
    const secrets = new Set<string>();
    for (let i = 0; i < 25; i += 1) {
      secrets.add((await start(browser)).secret);
      await browser.delete(apiPaths.enrollment);
    }
    expect(secrets.size).toBe(25);
  });

  it('is 403 reauth_required when MFA is on and the session is not in sudo mode', async () => {
    const browser = new TestBrowser();
    await signInBob(browser);
    await expectError(await browser.post(apiPaths.enrollment), 'reauth_required');
  });
});

describe('GET and DELETE enrollment', () => {
  it('GET shows the pending enrollment, 404 without one, 410 once expired', async () => {
    const browser = await signedInAlice();
    await expectError(await browser.get(apiPaths.enrollment), 'no_pending_enrollment');
    const pending = await start(browser);
    expect(
      (await expectOk(await browser.get(apiPaths.enrollment), enrollmentResponseSchema)).enrollment,
    ).toEqual(pending);
    await advanceClock(15 * 60);
    await expectError(await browser.get(apiPaths.enrollment), 'enrollment_expired');
  });

  it('DELETE cancels (204), also when nothing is pending', async () => {
    const browser = await signedInAlice();
    await start(browser);
    expect((await browser.delete(apiPaths.enrollment)).status).toBe(204);
    await expectError(await browser.get(apiPaths.enrollment), 'no_pending_enrollment');
    expect((await browser.delete(apiPaths.enrollment)).status).toBe(204);
  });
});
