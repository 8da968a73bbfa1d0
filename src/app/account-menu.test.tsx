// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { setupMockServer } from '#mocks/testing/server';
import { accountRecoveryPaths } from '#src/api/account-recovery';
import type { User } from '../api/user';
import { renderApp } from './test-utils';

setupMockServer();

const alice: User = {
  id: 'usr_alice',
  name: 'Alice Zhang',
  email: 'alice@example.com',
  mfa: { enabled: false, enabledAt: null, lastUsedAt: null, recoveryCodesRemaining: 0 },
};

// The app is drawn for a made-up user with no session on the mock backend: the console's own
// check for a pending account recovery would hear 401 and sign the page out, so it hears none.
beforeEach(() => {
  server.use(
    http.get(`*${accountRecoveryPaths.status}`, () => HttpResponse.json({ recovery: null })),
  );
});

describe('account menu', () => {
  it('works from the keyboard: opens, moves, closes back onto its button', async () => {
    await renderApp('/', { user: alice });
    const events = userEvent.setup();
    const button = await screen.findByRole('button', { name: 'Account menu, Alice Zhang' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await events.keyboard('{Enter}');
    expect(screen.getByRole('menu', { name: 'Account menu, Alice Zhang' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'Profile settings' })).toHaveFocus();
    expect(screen.getByText('alice@example.com')).toBeVisible();

    await events.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await events.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Profile settings' })).toHaveFocus();

    await events.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await events.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await events.keyboard('{Escape}');

    await events.keyboard('{ArrowDown}');
    await events.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Profile settings' }),
    ).toHaveFocus();
  });

  it('signs out to the sign-in screen', async () => {
    // Home: Profile settings would ask the server for this made-up user's sessions (401).
    const { router } = await renderApp('/', { user: alice });
    const events = userEvent.setup();

    await events.click(await screen.findByRole('button', { name: 'Account menu, Alice Zhang' }));
    await events.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });
});
