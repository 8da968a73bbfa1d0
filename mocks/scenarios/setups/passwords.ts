import { setClockOffset } from '#mocks/db/clock';
import { LOCAL_ADDRESS } from '#mocks/db/password-throttle';
import { RESET_LINK_LIFETIME_MS, requestPasswordReset, resetLink } from '#mocks/db/password-reset';
import type { Store } from '#mocks/db/schema';
import { seedAccounts } from '#mocks/db/seed';
import { signedInAt, submit, type ScenarioPlan, type ScenarioSetup } from '../plan';

const { alice } = seedAccounts;
const NEW_PASSWORD = 'input[name="newPassword"]';

/** Alice asked for a link (as the page would, from the address every page request shares). */
async function aliceResetLink(store: Store): Promise<string> {
  const result = await requestPasswordReset(store, alice.email, LOCAL_ADDRESS);
  if (!result.ok || !result.value.token) throw new Error('no reset link was made');
  return resetLink(result.value.token);
}

const at = (path: string, rest: Pick<ScenarioPlan, 'expect' | 'steps'>): ScenarioPlan => ({
  landing: { path },
  ...rest,
});

export const passwordSetups = {
  'forgot-password': async () =>
    at('/forgot-password', { steps: [], expect: 'input[name="email"]' }),
  'reset-link-sent': async () =>
    at('/forgot-password', { steps: submit({ email: alice.email }), expect: '.password-sent h1' }),
  'reset-password': async (store) =>
    at(await aliceResetLink(store), { steps: [], expect: NEW_PASSWORD }),
  // The server's refusal, under the field, with the estimate in words.
  'reset-password-refused': async (store) =>
    at(await aliceResetLink(store), {
      steps: submit({ newPassword: 'password123' }),
      expect: `${NEW_PASSWORD}[aria-invalid="true"]`,
    }),
  'reset-link-expired': async (store) => {
    // The link was mailed 31 minutes ago: the clock goes back for it, then returns.
    setClockOffset(-(RESET_LINK_LIFETIME_MS / 1000 + 60));
    const link = await aliceResetLink(store);
    setClockOffset(0);
    return at(link, { steps: [], expect: '.password-invalid h1' });
  },
  'change-password': async (store) =>
    signedInAt(store, alice, '/settings/profile?dialog=change-password', {
      expect: 'dialog[open] input[name="currentPassword"]',
    }),
} satisfies Record<string, ScenarioSetup>;
