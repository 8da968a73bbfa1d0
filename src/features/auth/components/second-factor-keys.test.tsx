// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths, type Challenge } from '#src/api/auth';
import type { ErrorBody } from '#src/api/errors';
import type { User } from '#src/api/user';
import { webauthnPaths } from '#src/api/webauthn';
import {
  fakeAssertion,
  fakeBrowserKey,
  notAllowed,
  removeFakeBrowserKey,
} from '#src/api/webauthn-test-utils';
import { renderWithProviders } from '#src/app/test-utils';
import { SecondFactorForm } from './second-factor-form';

const user: User = {
  id: 'usr_bob',
  name: 'Bob Lee',
  email: 'bob@example.com',
  mfa: { enabled: true, enabledAt: null, lastUsedAt: null, recoveryCodesRemaining: 10 },
};
const challenge = (methods: Challenge['methods']): Challenge => ({
  id: 'chl_1',
  type: 'mfa',
  expiresAt: '2030-01-01T00:00:00.000Z',
  methods,
});

/** The sign-in options and the verify endpoint; records what the verify request carried. */
function keyEndpoints(verify: () => Response = () => HttpResponse.json({ user })) {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${webauthnPaths.signInOptions}`, () =>
      HttpResponse.json({ options: { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost' } }),
    ),
    http.post(`*${apiPaths.verifyChallenge}`, async ({ request }) => {
      bodies.push(await request.json());
      return verify();
    }),
  );
  return bodies;
}

async function renderForm(methods: Challenge['methods']) {
  const onVerified = vi.fn();
  const view = await renderWithProviders(
    <SecondFactorForm
      challenge={challenge(methods)}
      onChallengeChange={vi.fn()}
      onVerified={onVerified}
      signInHref="/sign-in"
    />,
  );
  return { onVerified, unmount: view.unmount };
}

/** The key button, once this browser's support is known (it shows progress until then). */
async function keyButton() {
  const button = await screen.findByRole('button', { name: 'Use your security key' });
  await vi.waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
  return button;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  removeFakeBrowserKey();
});
afterAll(() => server.close());

describe('SecondFactorForm with security keys', () => {
  it("a key-only account gets the key and the recovery code, no code field; the key's answer verifies", async () => {
    fakeBrowserKey(() => Promise.resolve(fakeAssertion()));
    const bodies = keyEndpoints();
    const { onVerified } = await renderForm(['webauthn']);

    const key = await keyButton();
    expect(key).toHaveFocus();
    expect(
      screen.getByText('Use your security key or passkey to finish signing in.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Verification code')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use a recovery code' })).toBeVisible();

    await userEvent.setup().click(key);

    await vi.waitFor(() => expect(onVerified).toHaveBeenCalledTimes(1));
    expect(bodies).toEqual([
      {
        challengeId: 'chl_1',
        credential: expect.objectContaining({ id: 'a2V5LTE', type: 'public-key' }),
      },
    ]);
  });

  it('orders the offers by the kind used most recently', async () => {
    fakeBrowserKey(() => Promise.resolve(fakeAssertion()));
    const names = () =>
      screen
        .getAllByRole('button', { name: /^(Use your security key|Verify)$/ })
        .map((button) => button.textContent);

    const keyFirst = await renderForm(['webauthn', 'totp']);
    await keyButton();
    expect(names()).toEqual(['Use your security key', 'Verify']);
    expect(screen.getByRole('button', { name: 'Use your security key' })).toHaveFocus();
    keyFirst.unmount();

    await renderForm(['totp', 'webauthn']);
    await keyButton();
    expect(names()).toEqual(['Verify', 'Use your security key']);
    expect(screen.getByLabelText('Verification code')).toHaveFocus();
  });

  it('a dismissed prompt says so and leaves the key button focused for another try', async () => {
    fakeBrowserKey(() => Promise.reject(notAllowed()));
    const bodies = keyEndpoints();
    await renderForm(['webauthn', 'totp']);

    const key = await keyButton();
    await userEvent.setup().click(key);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The security key request was cancelled, timed out, or your key's fingerprint or PIN check didn't pass.",
    );
    expect(key).toHaveFocus();
    expect(bodies).toEqual([]);
  });

  it("shows the server's refusal of a key that did not verify the user", async () => {
    fakeBrowserKey(() => Promise.resolve(fakeAssertion()));
    keyEndpoints(() =>
      HttpResponse.json<ErrorBody>(
        { error: { code: 'webauthn_not_verified', message: 'x' } },
        { status: 403 },
      ),
    );
    await renderForm(['webauthn']);

    await userEvent.setup().click(await keyButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Your security key answered, but its fingerprint or PIN check didn't pass.",
    );
  });

  it('a browser without WebAuthn shows no key button: a key-only account is sent to its recovery codes', async () => {
    await renderForm(['webauthn']);

    expect(
      await screen.findByText(
        "This browser can't use security keys or passkeys. Use a recovery code, or sign in from a browser that supports them.",
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Use your security key' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use a recovery code' }));
    expect(screen.getByLabelText('Recovery code')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Use your/ })).not.toBeInTheDocument();
  });
});
