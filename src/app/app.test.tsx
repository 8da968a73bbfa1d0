// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { now } from '#mocks/db/clock';
import { bobTotpSecret, seedAccounts } from '#mocks/db/seed';
import { totpAt } from '#mocks/testing/codes';
import { setupMockServer } from '#mocks/testing/server';
import { ApiError } from '../api/api-error';
import { renderApp } from './test-utils';

/** What Bob's authenticator app shows at the mock's time. */
const bobCode = () => totpAt(bobTotpSecret, now());

// The real simulated backend (mocks/handlers) behind the real routes.
setupMockServer();

// Whole journeys through the simulated backend (password hashing, TOTP): on a busy shared
// machine they can take longer than Vitest's 5 s default. A ceiling, not a timing assertion.
vi.setConfig({ testTimeout: 20_000 });

describe('signing in', () => {
  it('sends a signed-out visitor to sign in, then through the second factor back where they were', async () => {
    const { router } = await renderApp('/settings/profile');
    const events = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/sign-in?returnTo=%2Fsettings%2Fprofile',
    );

    await events.type(screen.getByLabelText('Email'), seedAccounts.bob.email);
    await events.type(screen.getByLabelText('Password'), seedAccounts.bob.password);
    await events.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'MFA verification' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('MFA verification · zenConsole');
    await events.type(screen.getByLabelText('Verification code'), bobCode());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Profile settings' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/profile');
    expect(screen.getByRole('button', { name: 'Account menu, Bob Lee' })).toBeInTheDocument();
    const security = screen.getByRole('region', { name: 'Security' });
    expect(within(security).getByText('Enabled')).toBeInTheDocument();
  });

  it('says "Incorrect email or password." for a wrong password and keeps the email', async () => {
    await renderApp('/sign-in');
    const events = userEvent.setup();

    await events.type(await screen.findByLabelText('Email'), seedAccounts.alice.email);
    await events.type(screen.getByLabelText('Password'), 'not-the-password');
    await events.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.');
    expect(screen.getByLabelText('Email')).toHaveValue(seedAccounts.alice.email);
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('checks the form before sending it', async () => {
    await renderApp('/sign-in');
    const events = userEvent.setup();

    await events.type(await screen.findByLabelText('Email'), 'alice');
    await events.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Enter an email address like name@example.com.' }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Enter your password.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
  });

  it('ignores an unsafe returnTo', async () => {
    const { router } = await renderApp('/sign-in?returnTo=//evil.example/x');
    const events = userEvent.setup();
    await events.type(await screen.findByLabelText('Email'), seedAccounts.bob.email);
    await events.type(screen.getByLabelText('Password'), seedAccounts.bob.password);
    await events.click(screen.getByRole('button', { name: 'Sign in' }));
    await events.type(await screen.findByLabelText('Verification code'), bobCode());

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Bob Lee' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('a session that ends', () => {
  it('goes back to sign in with a notice and a way back to the page', async () => {
    const { router, queryClient } = await renderApp('/sign-in');
    const events = userEvent.setup();
    await events.type(await screen.findByLabelText('Email'), seedAccounts.bob.email);
    await events.type(screen.getByLabelText('Password'), seedAccounts.bob.password);
    await events.click(screen.getByRole('button', { name: 'Sign in' }));
    await events.type(await screen.findByLabelText('Verification code'), bobCode());
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Bob Lee' });
    await act(() => router.navigate('/settings/profile?tab=security'));

    // Any request that meets an ended session.
    await act(() =>
      queryClient
        .fetchQuery({
          queryKey: ['probe'],
          queryFn: () => Promise.reject(new ApiError(401, 'session_expired')),
        })
        .catch(() => undefined),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(
      screen.getByText('Your session has ended, sign in again.').closest('[role="status"]'),
    ).not.toBeNull();
    expect(router.state.location.search).toBe(
      `?returnTo=${encodeURIComponent('/settings/profile?tab=security')}`,
    );
  });
});
