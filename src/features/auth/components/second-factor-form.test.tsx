// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths, type Challenge } from '#src/api/auth';
import type { ErrorBody } from '#src/api/errors';
import type { User } from '#src/api/user';
import { renderWithProviders } from '#src/app/test-utils';
import { SecondFactorForm } from './second-factor-form';

const user: User = {
  id: 'usr_bob',
  name: 'Bob Lee',
  email: 'bob@example.com',
  mfa: {
    enabled: true,
    enabledAt: '2026-01-15T09:00:00.000Z',
    lastUsedAt: null,
    recoveryCodesRemaining: 10,
  },
};
const totpChallenge: Challenge = {
  id: 'chl_1',
  type: 'mfa',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

function failWith(error: ErrorBody['error'], status: number) {
  return () => HttpResponse.json<ErrorBody>({ error }, { status });
}

/** Records each verify request body and answers with `respond`. */
function verifyEndpoint(respond: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${apiPaths.verifyChallenge}`, async ({ request }) => {
      bodies.push(await request.json());
      return respond();
    }),
  );
  return bodies;
}

async function renderForm(challenge = totpChallenge) {
  const onVerified = vi.fn();
  await renderWithProviders(
    <SecondFactorForm
      challenge={challenge}
      onChallengeChange={vi.fn()}
      onVerified={onVerified}
      signInHref="/sign-in"
    />,
  );
  return { onVerified, field: screen.getByLabelText('Verification code') };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('SecondFactorForm', () => {
  it('submits a pasted "123 456" once, as 123456, and reports success', async () => {
    const bodies = verifyEndpoint(() => HttpResponse.json({ user }));
    const { onVerified, field } = await renderForm();
    expect(field).toHaveFocus();

    await userEvent.setup().paste('123 456');

    await vi.waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(bodies).toEqual([{ challengeId: 'chl_1', code: '123456' }]);
  });

  it('shows a wrong code in an alert and keeps the code, selected, in the focused field', async () => {
    verifyEndpoint(failWith({ code: 'invalid_code', message: 'x' }, 403));
    const { onVerified, field } = await renderForm();

    await userEvent.setup().type(field, '111111');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That code is incorrect. Check it and try again.',
    );
    expect(field).toHaveValue('111111');
    expect(field).toHaveFocus();
    expect([
      (field as HTMLInputElement).selectionStart,
      (field as HTMLInputElement).selectionEnd,
    ]).toEqual([0, 6]);
    expect(onVerified).not.toHaveBeenCalled();
  });

  it('when throttled, shows the wait and holds Verify back until it has passed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const bodies = verifyEndpoint(
      failWith({ code: 'too_many_attempts', message: 'x', retryAfter: 30 }, 429),
    );
    const { field } = await renderForm();
    const events = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

    await events.type(field, '222222');

    const status = await screen.findByText('Too many attempts. Try again in 30 seconds.', {
      selector: '[role="status"]',
    });
    // The wait is told in one place: no alert re-read every second, no second hint.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByText(/Try again in \d+ seconds/)).toHaveLength(2); // the status + the alert
    const verify = screen.getByRole('button', { name: 'Verify' });
    expect(verify).toBeDisabled();

    await events.click(verify);
    expect(bodies).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(verify).toBeEnabled();
    expect(status).toHaveTextContent('You can try again now.');
    expect(screen.queryByText(/Try again in/)).not.toBeInTheDocument();
  });

  it('swaps to a recovery code and posts it normalised', async () => {
    const bodies = verifyEndpoint(() => HttpResponse.json({ user }));
    const { onVerified } = await renderForm();
    const events = userEvent.setup();

    await events.click(screen.getByRole('button', { name: 'Use a recovery code' }));
    const recovery = screen.getByLabelText('Recovery code');
    expect(recovery).toHaveFocus();
    await events.type(recovery, 'Q2RB5-HX5A8');
    await events.click(screen.getByRole('button', { name: 'Verify' }));

    await vi.waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(bodies).toEqual([{ challengeId: 'chl_1', recoveryCode: 'q2rb5hx5a8' }]);
    await events.click(screen.getByRole('button', { name: 'Use your authenticator app' }));
    expect(screen.getByLabelText('Verification code')).toHaveFocus();
  });

  it('replaces the form with the way back when the challenge has expired', async () => {
    verifyEndpoint(failWith({ code: 'challenge_expired', message: 'x' }, 410));
    const { field } = await renderForm();

    await userEvent.setup().type(field, '333333');

    const heading = await screen.findByRole('heading', {
      name: 'This sign-in attempt has expired',
    });
    expect(heading).toHaveFocus();
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use a recovery code' })).not.toBeInTheDocument();
    const back = screen.getByRole('link', { name: 'Back to sign in' });
    expect(back).toHaveAttribute('href', '/sign-in');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('a locked account gets no submit, the time it unlocks when known, and the way back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2026-11-29T10:00:00Z') });
    verifyEndpoint(failWith({ code: 'account_locked', message: 'x', retryAfter: 3600 }, 423));
    const { field } = await renderForm();

    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).type(field, '444444');

    expect(await screen.findByRole('heading', { name: 'Account locked' })).toHaveFocus();
    expect(screen.getByText(/^Locked until .*11:00/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('points the code field at the alert that says what is wrong with it', async () => {
    verifyEndpoint(failWith({ code: 'invalid_code', message: 'x' }, 403));
    const { field } = await renderForm();

    await userEvent.setup().type(field, '555555');

    const alert = await screen.findByRole('alert');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(alert.textContent ?? '');
  });
});
