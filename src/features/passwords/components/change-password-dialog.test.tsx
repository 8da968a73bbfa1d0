// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '#mocks/node';
import { passwordPaths } from '#src/api/passwords';
import type { User } from '#src/api/user';
import { renderWithProviders } from '#src/app/test-utils';
import { ChangePasswordDialog } from './change-password-dialog';

const user: User = {
  id: 'usr_alice',
  name: 'Alice Zhang',
  email: 'alice@example.com',
  mfa: { enabled: false, enabledAt: null, lastUsedAt: null, recoveryCodesRemaining: 0 },
};

function changeEndpoint(respond: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${passwordPaths.change}`, async ({ request }) => {
      bodies.push(await request.json());
      return respond();
    }),
  );
  return bodies;
}

const failure = (code: string, status: number) =>
  HttpResponse.json({ error: { code, message: code } }, { status });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The estimator's dictionaries take a while to transform: once, before any test's clock runs.
  await import('#src/api/password-strength');
}, 60_000);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function fill(current: string, next: string) {
  const events = userEvent.setup();
  await events.type(screen.getByLabelText('Current password'), current);
  await events.type(screen.getByLabelText('New password'), next);
  await events.click(screen.getByRole('button', { name: 'Change password' }));
}

// Typing runs the estimator: slow on a loaded machine.
describe('ChangePasswordDialog', { timeout: 30_000 }, () => {
  it('sends both passwords and, by default, signs out the other sessions', async () => {
    const bodies = changeEndpoint(() => new HttpResponse(null, { status: 204 }));
    const onClose = vi.fn();
    await renderWithProviders(<ChangePasswordDialog user={user} onClose={onClose} />);
    expect(screen.getByLabelText('Current password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('checkbox', { name: 'Sign out of my other sessions' })).toBeChecked();
    await fill('Alice#2026', 'Velvet otter ledger 71');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies).toEqual([
      {
        currentPassword: 'Alice#2026',
        newPassword: 'Velvet otter ledger 71',
        signOutOtherSessions: true,
      },
    ]);
  });

  it('says a wrong current password under its field, clears it and puts focus there', async () => {
    changeEndpoint(() => failure('invalid_password', 403));
    await renderWithProviders(<ChangePasswordDialog user={user} onClose={vi.fn()} />);
    await fill('wrong', 'Velvet otter ledger 71');
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(current).toHaveFocus());
    expect(current).toHaveValue('');
    expect(current).toHaveAccessibleDescription('Incorrect password.');
  });

  it('shows a refused new password under the new password, in words', async () => {
    changeEndpoint(() => failure('password_common', 422));
    await renderWithProviders(<ChangePasswordDialog user={user} onClose={vi.fn()} />, {
      language: 'zh-CN',
    });
    const events = userEvent.setup();
    await events.type(screen.getByLabelText('当前密码'), 'Alice#2026');
    await events.type(screen.getByLabelText('新密码'), 'password123');
    await events.click(screen.getByRole('button', { name: '修改密码' }));
    const next = screen.getByLabelText('新密码');
    await waitFor(() => expect(next).toHaveFocus());
    expect(next).toHaveAccessibleDescription(
      expect.stringContaining('此密码太常见或太容易被猜到。'),
    );
  });

  it('gives live feedback in words from the strength estimator', async () => {
    await renderWithProviders(<ChangePasswordDialog user={user} onClose={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('New password'), 'password123');
    expect(
      await screen.findByText(
        /Strength: very weak\. This password is too common/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    expect(screen.getByText('This is a commonly used password.')).toBeVisible();
    await userEvent.clear(screen.getByLabelText('New password'));
    await userEvent.type(screen.getByLabelText('New password'), 'AliceZhang2026!');
    expect(
      await screen.findByText(
        /This password is built from your email address or name/,
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  }, 30_000);
});
