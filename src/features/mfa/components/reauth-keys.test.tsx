// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths } from '#src/api/auth';
import { factorPaths, type Factor } from '#src/api/factors';
import { webauthnPaths } from '#src/api/webauthn';
import {
  fakeAssertion,
  fakeBrowserKey,
  notAllowed,
  removeFakeBrowserKey,
} from '#src/api/webauthn-test-utils';
import { aliceOff, aliceOn, renderMfa } from '../testing/render-mfa';
import { MfaActions } from './mfa-actions';

const passkey: Factor = {
  id: 'fct_key',
  type: 'passkey',
  name: 'Laptop',
  number: 1,
  createdAt: '2026-03-01T09:00:00.000Z',
  lastUsedAt: null,
  synced: false,
};

beforeAll(async () => {
  await import('./disable-mfa-dialog');
  server.listen({ onUnhandledRequest: 'error' });
}, 30_000);
afterEach(() => {
  server.resetHandlers();
  removeFakeBrowserKey();
});
afterAll(() => server.close());

/** A key-only account: its list, the re-authentication options and Disable MFA. */
function keyOnlyAccount() {
  const bodies: unknown[] = [];
  server.use(
    http.get(`*${factorPaths.factors}`, () =>
      HttpResponse.json({ factors: [passkey], methods: ['webauthn'] }),
    ),
    http.post(`*${webauthnPaths.reauthOptions}`, () =>
      HttpResponse.json({ options: { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost' } }),
    ),
    http.post(`*${apiPaths.disableMfa}`, async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json({ mfa: aliceOff.mfa, signedOut: 0 });
    }),
  );
  return bodies;
}

describe('Re-authentication with a security key', () => {
  it(
    'a key-only account disables MFA with its password and the key; a dismissed prompt keeps the password',
    { timeout: 15_000 },
    async () => {
      const bodies = keyOnlyAccount();
      const prompts = [() => Promise.reject(notAllowed()), () => Promise.resolve(fakeAssertion())];
      fakeBrowserKey(() => (prompts.shift() ?? (() => Promise.reject(new Error('once'))))());
      await renderMfa((user) => <MfaActions user={user} />, {
        user: aliceOn,
        path: '/?dialog=disable-mfa',
      });
      const events = userEvent.setup();
      // The dialog's messages load on first use: the form replaces a loading state.
      await screen.findByLabelText('Password', {}, { timeout: 10_000 });
      const dialog = await screen.findByRole('dialog', { name: 'Disable MFA' });
      expect(
        await within(dialog).findByText(
          "To confirm it's you, enter your password. Your browser then asks for your security key or passkey.",
        ),
      ).toBeVisible();
      expect(within(dialog).queryByLabelText('Verification code')).not.toBeInTheDocument();
      expect(within(dialog).queryByRole('button', { name: /authenticator app/ })).toBeNull();

      const password = within(dialog).getByLabelText('Password');
      await events.type(password, 'Alice#2026');
      await events.click(within(dialog).getByRole('button', { name: 'Disable MFA' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The security key request was cancelled, timed out',
      );
      expect(password).toHaveValue('Alice#2026');
      expect(bodies).toEqual([]);

      await events.click(within(dialog).getByRole('button', { name: 'Disable MFA' }));
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
      expect(bodies).toEqual([
        {
          password: 'Alice#2026',
          credential: expect.objectContaining({ id: 'a2V5LTE', type: 'public-key' }),
          signOutOtherSessions: true,
        },
      ]);
    },
  );

  it('without WebAuthn, a key-only account is offered its recovery codes, and told why', async () => {
    keyOnlyAccount();
    await renderMfa((user) => <MfaActions user={user} />, {
      user: aliceOn,
      path: '/?dialog=disable-mfa',
    });
    await screen.findByLabelText('Password', {}, { timeout: 10_000 });
    const dialog = await screen.findByRole('dialog', { name: 'Disable MFA' });
    expect(
      await within(dialog).findByText(
        "This browser can't use security keys or passkeys, so confirm with another factor.",
      ),
    ).toBeVisible();
    expect(within(dialog).getByLabelText('Recovery code')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: /security key/ })).toBeNull();
  });
});
