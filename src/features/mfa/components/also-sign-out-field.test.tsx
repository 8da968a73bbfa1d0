// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { apiPaths } from '#src/api/auth';
import { factorPaths, type Factor } from '#src/api/factors';
import { sessionsQueryKeys } from '#src/api/sessions-query-keys';
import { aliceOff, aliceOn, renderMfa } from '../testing/render-mfa';
import { RemoveFactorDialog } from './factors/remove-factor-dialog';
import { MfaActions } from './mfa-actions';

beforeAll(async () => {
  await Promise.all([import('./disable-mfa-dialog'), import('./regenerate-codes-dialog')]);
  server.listen({ onUnhandledRequest: 'error' });
}, 30_000);
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const LABEL = 'Also sign out my other sessions';
const recoveryCodes = Array.from({ length: 10 }, (_, i) => `zzzzz-yyyy${'abcdefghij'[i]}`);
const app: Factor = {
  id: 'fct_app2',
  type: 'totp',
  name: 'Old phone',
  number: 2,
  createdAt: '2026-03-01T09:00:00.000Z',
  lastUsedAt: null,
};

/** Records what each request asked for and answers that `signedOut` other sessions ended. */
function backend(signedOut: number) {
  const sent: unknown[] = [];
  server.use(
    http.get(`*${factorPaths.factors}`, () =>
      HttpResponse.json({ factors: [app], methods: ['totp'] }),
    ),
    http.post(`*${apiPaths.disableMfa}`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json({ mfa: aliceOff.mfa, signedOut });
    }),
    http.post(`*${apiPaths.regenerateRecoveryCodes}`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json({ mfa: aliceOn.mfa, recoveryCodes, signedOut });
    }),
    http.post(`*${factorPaths.sudo}`, () =>
      HttpResponse.json({ sudoUntil: '2026-03-01T09:10:00.000Z' }),
    ),
    http.delete(`*${factorPaths.factors}/:id`, ({ request }) => {
      sent.push(new URL(request.url).searchParams.get('signOutOtherSessions'));
      return HttpResponse.json({ mfa: aliceOn.mfa, signedOut });
    }),
  );
  return sent;
}

async function reauthIn(dialog: HTMLElement) {
  const events = userEvent.setup();
  await events.type(await within(dialog).findByLabelText('Password'), 'Alice#2026');
  await events.type(within(dialog).getByLabelText('Verification code'), '123456');
}

/** Opens one of the two reauth dialogs from the MFA row, with the sessions list cached. */
async function openFromRow(dialogName: string, path: string) {
  const view = await renderMfa((user) => <MfaActions user={user} />, { user: aliceOn, path });
  view.queryClient.setQueryData(sessionsQueryKeys.list(), { sessions: [] });
  // The dialog's messages load on first use: its form replaces a loading dialog.
  await screen.findByLabelText('Password', {}, { timeout: 10_000 });
  return { ...view, dialog: await screen.findByRole('dialog', { name: dialogName }) };
}

describe.each([
  ['Disable MFA', '/?dialog=disable-mfa', 'Disable MFA'],
  ['Regenerate recovery codes', '/?dialog=regenerate-codes', 'Regenerate codes'],
])('%s offers "Also sign out my other sessions"', (dialogName, path, submit) => {
  it(
    'checked by default, sent as true; the toast counts the ended sessions',
    { timeout: 15_000 },
    async () => {
      const sent = backend(2);
      const { dialog, queryClient } = await openFromRow(dialogName, path);
      const box = within(dialog).getByRole('checkbox', { name: LABEL });
      expect(box).toBeChecked();
      await reauthIn(dialog);
      await userEvent.setup().click(within(dialog).getByRole('button', { name: submit }));
      await waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]).toMatchObject({ signOutOtherSessions: true });
      expect(await screen.findByText('2 other sessions were signed out.')).toBeInTheDocument();
      expect(queryClient.getQueryState(sessionsQueryKeys.list())?.isInvalidated).toBe(true);
    },
  );

  it('unchecked, sent as false', { timeout: 15_000 }, async () => {
    const sent = backend(0);
    const { dialog } = await openFromRow(dialogName, path);
    await userEvent.setup().click(within(dialog).getByRole('checkbox', { name: LABEL }));
    await reauthIn(dialog);
    await userEvent.setup().click(within(dialog).getByRole('button', { name: submit }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ signOutOtherSessions: false });
    expect(screen.queryByText(/other sessions? (was|were) signed out/)).toBeNull();
  });
});

describe('Remove a factor offers it too', () => {
  it.each([
    [true, 'true'],
    [false, 'false'],
  ])(
    'checked %s: the removal asks for signOutOtherSessions=%s',
    { timeout: 15_000 },
    async (keep, query) => {
      const sent = backend(keep ? 1 : 0);
      const { queryClient } = await renderMfa(() => (
        <RemoveFactorDialog factor={app} onClose={() => undefined} />
      ));
      queryClient.setQueryData(sessionsQueryKeys.list(), { sessions: [] });
      const dialog = await screen.findByRole('dialog', { name: 'Remove Old phone?' });
      const box = within(dialog).getByRole('checkbox', { name: LABEL });
      expect(box).toBeChecked();
      const events = userEvent.setup();
      if (!keep) await events.click(box);
      await events.click(within(dialog).getByRole('button', { name: 'Remove' }));
      await waitFor(() => expect(sent).toEqual([query]));
      if (keep) expect(await screen.findByText('1 other session was signed out.')).toBeVisible();
      await waitFor(() =>
        expect(queryClient.getQueryState(sessionsQueryKeys.list())?.isInvalidated).toBe(true),
      );
    },
  );
});
