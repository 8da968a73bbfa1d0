// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths, type Challenge } from '#src/api/auth';
import { renderWithProviders } from '#src/app/test-utils';
import { SignInForm } from './sign-in-form';

const challenge: Challenge = {
  id: 'chl_1',
  type: 'email',
  expiresAt: '2030-01-01T00:00:00.000Z',
  maskedEmail: 'a•••@example.com',
};

/** Records each sign-in request body and answers with `respond`. */
function signInEndpoint(respond: () => Response) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${apiPaths.signIn}`, async ({ request }) => {
      bodies.push(await request.json());
      return respond();
    }),
  );
  return bodies;
}

async function renderFilledForm() {
  const onChallenge = vi.fn();
  await renderWithProviders(<SignInForm onChallenge={onChallenge} />);
  const events = userEvent.setup();
  await events.type(screen.getByLabelText('Email'), 'alice@example.com');
  await events.type(screen.getByLabelText('Password'), 'Alice#2026');
  return { onChallenge, events, submit: screen.getByRole('button', { name: 'Sign in' }) };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

describe('SignInForm', () => {
  it('sends one request when two submits land before the form re-renders', async () => {
    const bodies = signInEndpoint(() => HttpResponse.json({ challenge }));
    const { onChallenge, submit } = await renderFilledForm();

    // A fast double click or Enter twice, before the form has re-rendered: the mutation's
    // `isPending` reaches the handler only through the render that the first submit causes.
    fireEvent.click(submit);
    fireEvent.click(submit);

    await vi.waitFor(() => expect(onChallenge).toHaveBeenCalledTimes(1));
    expect(bodies).toHaveLength(1);
  });

  it('on a network failure keeps what was typed and retries with "Try again"', async () => {
    let fail = true;
    const bodies = signInEndpoint(() =>
      fail ? HttpResponse.error() : HttpResponse.json({ challenge }),
    );
    const { onChallenge, events, submit } = await renderFilledForm();

    await events.click(submit);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't reach zenConsole.");
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveValue('alice@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Alice#2026');

    fail = false;
    await events.click(within(alert).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(onChallenge).toHaveBeenCalledWith(challenge));
    expect(bodies).toHaveLength(2);
  });

  it('when throttled, shows the wait and holds Sign in back until it has passed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let throttled = true;
    const bodies = signInEndpoint(() =>
      throttled
        ? HttpResponse.json(
            { error: { code: 'too_many_attempts', message: 'x', retryAfter: 30 } },
            { status: 429, headers: { 'Retry-After': '30' } },
          )
        : HttpResponse.json({ challenge }),
    );
    const onChallenge = vi.fn();
    await renderWithProviders(<SignInForm onChallenge={onChallenge} />);
    const events = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await events.type(screen.getByLabelText('Email'), 'alice@example.com');
    await events.type(screen.getByLabelText('Password'), 'Alice#2026');
    const submit = screen.getByRole('button', { name: 'Sign in' });
    await events.click(submit);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts. Try again in 30 seconds.');
    expect(alert).toHaveFocus();
    expect(submit).toBeDisabled();
    expect(screen.getByText(/You can try signing in again in \d+ seconds\./)).toBeInTheDocument();
    // What was typed stays, ready for when the wait is over.
    expect(screen.getByLabelText('Password')).toHaveValue('Alice#2026');
    await events.type(screen.getByLabelText('Password'), '{Enter}');
    expect(bodies).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(31_000));
    expect(submit).toBeEnabled();
    expect(screen.queryByText(/You can try signing in again/)).not.toBeInTheDocument();
    throttled = false;
    await events.click(submit);
    await vi.waitFor(() => expect(onChallenge).toHaveBeenCalledWith(challenge));
    expect(bodies).toHaveLength(2);
  });
});
