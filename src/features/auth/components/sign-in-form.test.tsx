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

    // Said once, politely, when the wait starts; the alert counts down without being re-read.
    const status = await screen.findByText('Too many attempts. Try again in 30 seconds.', {
      selector: '[role="status"]',
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByText(/Try again in \d+ seconds/)).toHaveLength(2); // the status + the alert
    expect(submit).toBeDisabled();
    // What was typed stays, focused, ready for Enter when the wait is over.
    const password = screen.getByLabelText('Password');
    expect(password).toHaveValue('Alice#2026');
    expect(password).toHaveFocus();
    await events.type(password, '{Enter}');
    expect(bodies).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(screen.getByText('Too many attempts. Try again in 20 seconds.')).toBeInTheDocument();
    expect(status).toHaveTextContent('Too many attempts. Try again in 30 seconds.');

    await act(() => vi.advanceTimersByTimeAsync(21_000));
    expect(submit).toBeEnabled();
    expect(status).toHaveTextContent('You can try again now.');
    expect(screen.queryByText(/Try again in/)).not.toBeInTheDocument();
    throttled = false;
    await events.click(submit);
    await vi.waitFor(() => expect(onChallenge).toHaveBeenCalledWith(challenge));
    expect(bodies).toHaveLength(2);
  });
});
