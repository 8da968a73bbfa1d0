// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import type { Factor } from '#src/api/factors';
import { webauthnPaths, type RegisterKeyResponse } from '#src/api/webauthn';
import { fakeBrowserKey, notAllowed, removeFakeBrowserKey } from '#src/api/webauthn-test-utils';
import { aliceOff, aliceOn, renderMfa } from '#src/features/mfa/testing/render-mfa';
import { MfaActions } from '../mfa-actions';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

/** What `navigator.credentials.create()` resolves with, as far as the library reads it. */
const fakeAttestation = () => ({
  id: 'a2V5LTE',
  rawId: bytes('key-1'),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: {
    attestationObject: bytes('attestation'),
    clientDataJSON: bytes('{"type":"webauthn.create"}'),
    getTransports: () => ['internal'],
  },
  getClientExtensionResults: () => ({ credProps: { rk: true } }),
});

const passkey: Factor = {
  id: 'fct_key',
  type: 'passkey',
  name: null,
  number: 1,
  createdAt: '2026-03-01T09:00:00.000Z',
  lastUsedAt: '2026-03-01T09:00:00.000Z',
  synced: false,
};
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `abcde-fghi${'jkmnpqrstu'[i]}`);

/** Options for `create()`, and the server's answer once the key turned MFA on. */
function firstKeyApi() {
  const bodies: unknown[] = [];
  server.use(
    http.post(`*${webauthnPaths.registrationOptions}`, () =>
      HttpResponse.json({
        options: {
          challenge: 'Y2hhbGxlbmdl',
          rp: { id: 'localhost', name: 'zenConsole' },
          user: { id: 'dXNyX2FsaWNl', name: 'alice@example.com', displayName: 'Alice Zhang' },
          pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
        },
      }),
    ),
    http.post(`*${webauthnPaths.register}`, async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json<RegisterKeyResponse>(
        { factor: passkey, mfa: aliceOn.mfa, recoveryCodes },
        { status: 201 },
      );
    }),
  );
  return bodies;
}

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  removeFakeBrowserKey();
});
afterAll(() => server.close());

describe('Enable MFA with a security key or passkey', () => {
  it(
    'offers the choice, survives a dismissed prompt, names the key and gates the recovery codes',
    { timeout: 20_000 },
    async () => {
      const bodies = firstKeyApi();
      const browser = fakeBrowserKey(() => Promise.reject(new Error('no sign-in here')));
      const prompts = [
        () => Promise.reject(notAllowed()),
        () => Promise.resolve(fakeAttestation()),
      ];
      browser.create.mockImplementation(() => (prompts.shift() ?? (() => Promise.reject()))());
      const { router } = await renderMfa((user) => <MfaActions user={user} />, { user: aliceOff });
      const events = userEvent.setup();

      await events.click(screen.getByRole('button', { name: 'Enable MFA' }));
      const choice = await screen.findByRole(
        'button',
        { name: 'Security key or passkey' },
        {
          timeout: 10_000,
        },
      );
      expect(screen.getByRole('button', { name: 'Authenticator app' })).toHaveFocus();
      await events.click(choice);

      const dialog = await screen.findByRole('dialog', {
        name: 'Set up a security key or passkey',
      });
      expect(router.state.location.search).toBe('?dialog=enable-mfa&method=key');
      // Named "Continue" once the options are in: the prompt can open on the press.
      const next = await within(dialog).findByRole('button', { name: 'Continue' });
      await events.click(next);
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/cancelled/);
      expect(bodies).toEqual([]);

      await events.click(next);
      const name = await screen.findByLabelText('Name');
      expect(name).toHaveFocus();
      expect(name).toHaveValue('Passkey');
      expect(bodies).toEqual([
        { credential: expect.objectContaining({ id: 'a2V5LTE', type: 'public-key' }) },
      ]);
      // Skip keeps the suggested name and moves on to the codes.
      await events.click(screen.getByRole('button', { name: 'Skip' }));

      const codes = await screen.findByRole('heading', { name: 'Save your recovery codes' });
      expect(codes).toHaveFocus();
      const done = screen.getByRole('dialog', { name: 'Enable MFA' });
      expect(within(done).getAllByRole('listitem')).toHaveLength(10);
      expect(done).toHaveTextContent('MFA is enabled.');
      expect(within(done).getByRole('button', { name: 'Done' })).toBeDisabled();
      done.dispatchEvent(new Event('cancel', { cancelable: true }));
      expect(await within(done).findByRole('alert')).toHaveTextContent(
        'Confirm that you have saved',
      );
      await events.click(within(done).getByRole('checkbox', { name: 'I have saved these codes' }));
      await events.click(within(done).getByRole('button', { name: 'Done' }));
      await waitFor(() => expect(done).not.toBeInTheDocument());
      expect(router.state.location.search).toBe('');
    },
  );

  it('goes straight to the app wizard in a browser without WebAuthn: no dead choice', async () => {
    server.use(http.post('*/api/mfa/enrollment', () => HttpResponse.error()));
    await renderMfa((user) => <MfaActions user={user} />, { user: aliceOff });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Enable MFA' }));
    expect(
      await screen.findByRole('dialog', { name: 'Assign authenticator app' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Security key or passkey' })).toBeNull();
  });
});
