// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths } from '#src/api/auth';
import type { ErrorBody } from '#src/api/errors';
import type { ConfirmEnrollmentResponse, Enrollment } from '#src/api/mfa';
import { mfaQueryKeys } from '#src/features/mfa/api/query-keys';
import { aliceOff, aliceOn, renderMfa } from '#src/features/mfa/testing/render-mfa';
import { MfaActions } from '../mfa-actions';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const enrollment: Enrollment = {
  secret: SECRET,
  otpauthUri: `otpauth://totp/zenConsole:alice%40example.com?secret=${SECRET}&issuer=zenConsole&algorithm=SHA1&digits=6&period=30`,
  issuer: 'zenConsole',
  accountName: 'alice@example.com',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  createdAt: '2026-03-02T10:00:00.000Z',
  expiresAt: '2026-03-02T10:15:00.000Z',
  replacedExpired: false,
};
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcde-fghi${'jkmnpqrstu'[i]}`);
const confirmed: ConfirmEnrollmentResponse = { mfa: aliceOn.mfa, recoveryCodes };

beforeAll(async () => {
  // Loaded lazily in the app; loaded up front here so the first test does not time out on it.
  await import('./enrollment-wizard');
  server.listen({ onUnhandledRequest: 'error' });
}, 30_000);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The enrollment endpoints: every start answers the same key; confirm answers `answers` in turn. */
function enrollmentApi(answers: Array<() => Response>) {
  const calls = { start: 0, confirm: [] as unknown[], cancel: 0 };
  server.use(
    http.post(`*${apiPaths.enrollment}`, () => {
      calls.start += 1;
      return HttpResponse.json({ enrollment });
    }),
    http.delete(`*${apiPaths.enrollment}`, () => {
      calls.cancel += 1;
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`*${apiPaths.confirmEnrollment}`, async ({ request }) => {
      calls.confirm.push(await request.json());
      const answer = answers.shift();
      if (!answer) throw new Error('unexpected confirm');
      return answer();
    }),
  );
  return calls;
}

const wrongCodeAnswer = () =>
  HttpResponse.json<ErrorBody>(
    { error: { code: 'invalid_code', message: 'wrong' } },
    { status: 403 },
  );

describe('Enable MFA wizard', () => {
  it(
    'keeps the key and the typed code after a wrong code, enables with a right one, and gates the recovery codes',
    { timeout: 15_000 },
    async () => {
      const calls = enrollmentApi([wrongCodeAnswer, () => HttpResponse.json(confirmed)]);
      const { router, queryClient } = await renderMfa((user) => <MfaActions user={user} />);
      const events = userEvent.setup();

      await events.click(screen.getByRole('button', { name: 'Enable MFA' }));
      const heading = await screen.findByRole('heading', { name: /Step 1 of 3/ });
      expect(heading).toHaveFocus();
      const dialog = screen.getByRole('dialog', { name: 'Assign authenticator app' });

      await events.click(within(dialog).getByRole('button', { name: 'Next' }));
      expect(
        within(dialog).getByRole('heading', { name: /Step 2 of 3.*Scan the QR code/ }),
      ).toHaveFocus();
      expect(router.state.location.search).toBe('?dialog=enable-mfa&step=2');
      const manual = within(dialog).getByRole('group', {
        name: "Can't scan? Enter the key manually",
      });
      expect(
        await within(manual).findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP'),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('img', { name: 'QR code for zenConsole: alice@example.com' }),
      ).toBeInTheDocument();

      await events.click(within(dialog).getByRole('button', { name: 'Next' }));
      const field = within(dialog).getByLabelText('Verification code');
      await events.type(field, '123456');
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('That code is incorrect');
      expect(field).toHaveValue('123456');
      expect(calls.confirm).toEqual([{ code: '123456' }]);

      // Back to the key: still the same one, fetched once.
      await events.click(within(dialog).getByRole('button', { name: 'Back' }));
      expect(
        within(dialog).getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP'),
      ).toBeInTheDocument();
      expect(calls.start).toBe(1);
      await events.click(within(dialog).getByRole('button', { name: 'Next' }));

      const retyped = within(dialog).getByLabelText('Verification code');
      await events.clear(retyped);
      await events.type(retyped, '654 321');
      const list = await within(dialog).findByRole('list', { name: 'Recovery codes' });
      expect(within(list).getAllByRole('listitem')).toHaveLength(10);
      expect(calls.confirm).toEqual([{ code: '123456' }, { code: '654321' }]);
      // MFA is on: the session says so and the client no longer holds the secret.
      expect(screen.getByRole('button', { name: 'Disable MFA' })).toBeInTheDocument();
      expect(queryClient.getQueryData(mfaQueryKeys.enrollment())).toBeUndefined();
      expect(dialog.textContent).not.toContain('JBSW');

      // Done is disabled, saying why; Escape before confirming keeps the codes and points at the
      // checkbox.
      const done = within(dialog).getByRole('button', { name: 'Done' });
      expect(done).toBeDisabled();
      expect(done).toHaveAccessibleDescription(/check “I have saved these codes”/);
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Confirm that you have saved these codes',
      );
      const saved = within(dialog).getByRole('checkbox', { name: 'I have saved these codes' });
      expect(saved).toHaveFocus();
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      expect(dialog).toBeInTheDocument();

      await events.click(saved);
      await events.click(within(dialog).getByRole('button', { name: 'Done' }));
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
      expect(router.state.location.search).toBe('');
      expect(calls.cancel).toBe(0);
    },
  );

  it('offers a new key when the setup expired', async () => {
    enrollmentApi([
      () =>
        HttpResponse.json<ErrorBody>(
          { error: { code: 'enrollment_expired', message: 'expired' } },
          { status: 410 },
        ),
    ]);
    await renderMfa((user) => <MfaActions user={user} />, {
      path: '/settings/profile?dialog=enable-mfa&step=3',
    });
    const events = userEvent.setup();
    await screen.findByRole('heading', { name: /Step 3 of 3/ });
    const dialog = screen.getByRole('dialog', { name: 'Assign authenticator app' });
    await events.type(within(dialog).getByLabelText('Verification code'), '123456');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('has expired');

    await events.click(within(alert).getByRole('button', { name: 'Start again with a new key' }));
    expect(within(dialog).getByRole('heading', { name: /Step 2 of 3/ })).toHaveFocus();
  });

  it('cancels the pending setup on Cancel and closes', async () => {
    const calls = enrollmentApi([]);
    const { router } = await renderMfa((user) => <MfaActions user={user} />, {
      user: aliceOff,
      path: '/settings/profile?dialog=enable-mfa&step=2',
    });
    const events = userEvent.setup();
    await screen.findByRole('heading', { name: /Step 2 of 3/ });
    const dialog = screen.getByRole('dialog', { name: 'Assign authenticator app' });
    await within(dialog).findByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    await events.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(calls.cancel).toBe(1);
    // Nothing asked for a key again while closing (that would leave a new one pending).
    expect(calls.start).toBe(1);
    expect(router.state.location.search).toBe('');
  });
});
