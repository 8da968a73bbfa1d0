// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '#mocks/node';
import { factorPaths, type Factor, type FactorListResponse } from '#src/api/factors';
import type { User } from '#src/api/user';
import { aliceOff, aliceOn, renderMfa } from '../testing/render-mfa';
import { MfaSettings } from './mfa-settings';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const at = '2026-03-01T09:00:00.000Z';
const factor = (name: string | null, type: Factor['type'], synced?: boolean): Factor => ({
  id: `fct_${(name ?? type).replace(/\W/g, '')}`,
  type,
  name,
  number: 1,
  createdAt: at,
  lastUsedAt: null,
  ...(synced === undefined ? {} : { synced }),
});

/** The list the server answers (or never answers, to hold the loading state). */
function factorsAre(factors: Factor[] | 'pending') {
  server.use(
    http.get(`*${factorPaths.factors}`, async () => {
      if (factors === 'pending') await delay('infinite');
      return HttpResponse.json<FactorListResponse>({
        factors: factors === 'pending' ? [] : factors,
        methods: ['totp'],
      });
    }),
  );
}

const withCodes = (remaining: number): User => ({
  ...aliceOn,
  mfa: { ...aliceOn.mfa, recoveryCodesRemaining: remaining },
});
const lowCodesWarning = () => screen.queryByText(/recovery codes left$/);

describe('the recovery-codes warning', () => {
  it.each([1, 2])(
    'asks for new codes at %i left, with a button that opens the dialog',
    async (left) => {
      factorsAre([factor(null, 'totp')]);
      const { router } = await renderMfa((user) => <MfaSettings user={user} />, {
        user: withCodes(left),
      });
      const title = screen.getByText(`Only ${left} of 10 recovery codes left`);
      const banner = title.closest('[role="status"]');
      expect(banner).not.toBeNull();
      await userEvent
        .setup()
        .click(
          within(banner as HTMLElement).getByRole('button', { name: 'Regenerate recovery codes' }),
        );
      expect(router.state.location.search).toBe('?dialog=regenerate-codes');
    },
  );

  it('says nothing at three left', async () => {
    factorsAre([factor(null, 'totp')]);
    await renderMfa((user) => <MfaSettings user={user} />, { user: withCodes(3) });
    expect(lowCodesWarning()).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Regenerate recovery codes' })).toHaveLength(1);
    expect(screen.getByText('Enabled since Mar 1, 2026')).toBeInTheDocument();
  });

  it('turns into the call to enable MFA while MFA is off', async () => {
    await renderMfa((user) => <MfaSettings user={user} />, { user: aliceOff });
    const title = screen.getByText('Your account is protected by a password only');
    const banner = title.closest('[role="status"]') as HTMLElement;
    expect(within(banner).getByRole('button', { name: 'Enable MFA' })).toBeInTheDocument();
  });
});

describe('the list of second factors', () => {
  it(
    'draws each factor the same way: icon, bold name, type badge, dates, its actions',
    { timeout: 15_000 },
    async () => {
      factorsAre([
        factor('Pixel 8', 'passkey', true),
        factor('YubiKey 5C', 'security_key', false),
        factor(null, 'totp'),
      ]);
      await renderMfa((user) => <MfaSettings user={user} />, { user: aliceOn });
      const region = await screen.findByRole('region', { name: 'Second factors' });
      const rows = await within(region).findAllByRole('listitem');
      expect(rows).toHaveLength(3);

      const remove = within(region).getByRole('button', { name: 'Remove Pixel 8' });
      expect(remove).toHaveClass('button-danger-outline');
      expect(remove).toHaveTextContent('Remove');
      expect(within(region).getByRole('button', { name: 'Rename Pixel 8' })).toBeInTheDocument();

      const [pixel, yubikey, app] = rows as [HTMLElement, HTMLElement, HTMLElement];
      expect(pixel.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(within(pixel).getByText('Pixel 8')).toHaveClass('factor-name');
      expect(within(pixel).getByText('Passkey')).toHaveClass('badge');
      expect(pixel).toHaveTextContent('Synced');
      expect(yubikey).toHaveTextContent('This device only');
      // An unnamed factor is called by its type, which its badge does not repeat.
      expect(within(app).getByText('Authenticator app')).toHaveClass('factor-name');
      expect(app.querySelector('.badge')).toBeNull();
      for (const row of rows) expect(row.querySelector('.factor-actions')).not.toBeNull();
    },
  );

  it('holds the list’s place while it loads, busy and announced', async () => {
    factorsAre('pending');
    await renderMfa((user) => <MfaSettings user={user} />, { user: aliceOn });
    const region = screen.getByRole('region', { name: 'Second factors' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(within(region).getByRole('status')).toHaveTextContent('Loading second factors…');
    // The placeholder row is drawn with the list's own row class, so it has the row's height.
    const row = region.querySelector('.factor-list > li');
    expect(row).toHaveClass('factor-item');
    expect(region.querySelector('.factor-list')).toHaveAttribute('aria-hidden', 'true');
  });
});
