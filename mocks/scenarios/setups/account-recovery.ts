import { confirmRecovery, requestRecovery, settleRecoveries } from '#mocks/db/account-recovery';
import { RECOVERY_PERIOD_MS } from '#mocks/db/account-recovery';
import { setClockOffset } from '#mocks/db/clock';
import { LOCAL_ADDRESS } from '#mocks/db/password-throttle';
import type { Store } from '#mocks/db/schema';
import { seedAccounts } from '#mocks/db/seed';
import { signIn } from '#mocks/db/sign-in';
import { atSecondFactor, signedInAt, thisBrowser, type ScenarioSetup } from '../plan';

const { bob } = seedAccounts;
const LOST_ACCESS = { action: 'click', target: '.lost-access-link' } as const;
const REQUEST = { action: 'click', target: '.lost-access-request' } as const;
const NOTICE = '.recovery-notice';

/** Bob lost his phone and his codes: he proved his password, asked, and proved his email. */
async function bobStartsRecovery(store: Store): Promise<void> {
  const challenge = await signIn(store, bob.email, bob.password, LOCAL_ADDRESS, thisBrowser());
  if (!challenge.ok) throw new Error(`Bob's password step failed: ${challenge.failure.code}`);
  const asked = await requestRecovery(store, challenge.value.id);
  if (!asked.ok) throw new Error(`the recovery request failed: ${asked.failure.code}`);
  const code = store.mailbox.find((mail) => mail.code)?.code ?? '';
  const confirmed = await confirmRecovery(store, asked.value.id, code, thisBrowser());
  if (!confirmed.ok) throw new Error(`the recovery code failed: ${confirmed.failure.code}`);
}

export const accountRecoverySetups = {
  'lost-access-help': (store) =>
    atSecondFactor(store, bob, { steps: [LOST_ACCESS], expect: '.lost-access-help h1' }),

  'recovery-code-sent': (store) =>
    atSecondFactor(store, bob, {
      steps: [LOST_ACCESS, REQUEST],
      expect: '.lost-access-code input[name="recoveryEmailCode"]',
    }),

  // The mailed code is proven: the period has started, and the screen says until when.
  'recovery-requested': (store) =>
    atSecondFactor(store, bob, {
      steps: [LOST_ACCESS, REQUEST, { action: 'submitMailedCode', field: 'recoveryEmailCode' }],
      expect: '.lost-access-pending h1',
    }),

  'recovery-pending-banner': async (store) => {
    await bobStartsRecovery(store);
    // Bob found his phone and signed in: the console says what is under way.
    return signedInAt(store, bob, '/', { expect: `${NOTICE} .banner` });
  },

  'recovery-cancelled': async (store) => {
    await bobStartsRecovery(store);
    return signedInAt(store, bob, '/', {
      steps: [{ action: 'click', target: `${NOTICE} .button-danger` }],
      expect: `${NOTICE} .alert-success`,
    });
  },

  'recovery-completed': async (store) => {
    // Asked a period ago, never cancelled: MFA went off; Bob signed in with an emailed code.
    setClockOffset(-(RECOVERY_PERIOD_MS / 1000 + 3600));
    await bobStartsRecovery(store);
    setClockOffset(0);
    settleRecoveries(store);
    return signedInAt(store, bob, '/', { expect: `${NOTICE} .banner` });
  },
} satisfies Record<string, ScenarioSetup>;
