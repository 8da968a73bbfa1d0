// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths } from '#src/api/auth';
import type { ErrorBody } from '#src/api/errors';
import { aliceOff, aliceOn, renderMfa } from '../testing/render-mfa';
import { MfaActions } from './mfa-actions';

beforeAll(async () => {
  await Promise.all([import('./disable-mfa-dialog'), import('./regenerate-codes-dialog')]);
  server.listen({ onUnhandledRequest: 'error' });
}, 30_000);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers `answers` in turn and records each request body. */
function endpoint(path: string, answers: Array<() => Response>) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${path}`, async ({ request }) => {
      bodies.push(await request.json());
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected ${path}`);
      return answer();
    }),
  );
  return bodies;
}

describe('Disable MFA', () => {
  it(
    'keeps what was typed after a wrong password, switches to a recovery code, and disables',
    { timeout: 15_000 },
    async () => {
      const bodies = endpoint(apiPaths.disableMfa, [
        () =>
          HttpResponse.json<ErrorBody>(
            { error: { code: 'invalid_password', message: 'no' } },
            { status: 403 },
          ),
        () => HttpResponse.json({ mfa: aliceOff.mfa, signedOut: 0 }),
      ]);
      const { router } = await renderMfa((user) => <MfaActions user={user} />, { user: aliceOn });
      const events = userEvent.setup();

      await events.click(screen.getByRole('button', { name: 'Disable MFA' }));
      const password = await screen.findByLabelText('Password');
      const dialog = screen.getByRole('dialog', { name: 'Disable MFA' });
      expect(dialog).toHaveTextContent('After this, sign-in codes come by email');
      expect(router.state.location.search).toBe('?dialog=disable-mfa');

      await events.type(password, 'wrong');
      await events.type(within(dialog).getByLabelText('Verification code'), '123 456');
      await events.click(within(dialog).getByRole('button', { name: 'Disable MFA' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Incorrect password.');
      expect(password).toHaveValue('wrong');
      expect(password).toHaveAttribute('aria-invalid', 'true');
      expect(within(dialog).getByLabelText('Verification code')).toHaveValue('123 456');

      await events.click(
        within(dialog).getByRole('button', { name: 'Use a recovery code instead' }),
      );
      const recovery = within(dialog).getByLabelText('Recovery code');
      expect(recovery).toHaveFocus();
      await events.clear(password);
      await events.type(password, 'Alice#2026');
      await events.type(recovery, 'ABCDE FGHJK');
      await events.click(within(dialog).getByRole('button', { name: 'Disable MFA' }));

      await waitFor(() => expect(dialog).not.toBeInTheDocument());
      expect(bodies).toEqual([
        { password: 'wrong', code: '123456', signOutOtherSessions: true },
        { password: 'Alice#2026', recoveryCode: 'abcdefghjk', signOutOtherSessions: true },
      ]);
      expect(
        screen.getByText('MFA is disabled. Sign-in codes will come by email.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Enable MFA' })).toHaveFocus();
      expect(router.state.location.search).toBe('');
    },
  );

  it('asks for the missing password and code before sending anything', async () => {
    const bodies = endpoint(apiPaths.disableMfa, []);
    await renderMfa((user) => <MfaActions user={user} />, {
      user: aliceOn,
      path: '/?dialog=disable-mfa',
    });
    const events = userEvent.setup();
    const password = await screen.findByLabelText('Password');
    const dialog = screen.getByRole('dialog', { name: 'Disable MFA' });
    await events.click(within(dialog).getByRole('button', { name: 'Disable MFA' }));
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('Enter your password.');
    expect(alert).toHaveTextContent('Enter the 6-digit code from your authenticator app.');
    expect(password).toHaveFocus();
    expect(bodies).toEqual([]);
  });
});

describe('Regenerate recovery codes', () => {
  it('shows the new codes and closes only once they are saved', async () => {
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `zzzzz-yyyy${'abcdefghij'[i]}`);
    endpoint(apiPaths.regenerateRecoveryCodes, [
      () => HttpResponse.json({ mfa: aliceOn.mfa, recoveryCodes, signedOut: 0 }),
    ]);
    const { router } = await renderMfa((user) => <MfaActions user={user} />, { user: aliceOn });
    const events = userEvent.setup();

    await events.click(screen.getByRole('button', { name: 'Regenerate recovery codes' }));
    await events.type(await screen.findByLabelText('Password'), 'Alice#2026');
    await events.type(screen.getByLabelText('Verification code'), '123456');
    await events.click(screen.getByRole('button', { name: 'Regenerate codes' }));

    const dialog = screen.getByRole('dialog', { name: 'Regenerate recovery codes' });
    const list = await within(dialog).findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(recoveryCodes);
    expect(dialog).toHaveTextContent('New recovery codes are ready. The old ones no longer work.');

    expect(within(dialog).getByRole('button', { name: 'Done' })).toBeDisabled();
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Confirm that you have saved these codes',
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'I have saved these codes' }),
    ).toHaveFocus();

    await events.click(within(dialog).getByRole('checkbox', { name: 'I have saved these codes' }));
    await events.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
  });
});
