import { setClockOffset } from '#mocks/db/clock';
import { CHALLENGE_LIFETIME_MS, RESEND_COOLDOWN_MS } from '#mocks/db/challenges';
import { endSession } from '#mocks/db/sessions';
import { FREE_ATTEMPTS_PER_EMAIL, LOCAL_ADDRESS } from '#mocks/db/password-throttle';
import { signIn, verifyChallenge } from '#mocks/db/sign-in';
import { bobTotpSecret, seedAccounts } from '#mocks/db/seed';
import type { Store } from '#mocks/db/schema';
import { LOCK_AFTER_FAILURES, recordFailure } from '#mocks/db/throttle';
import { now } from '#mocks/db/clock';
import {
  account,
  atSecondFactor,
  enterCode,
  otherCode,
  thisBrowser,
  submit,
  totpAt,
  wrongTotp,
  type ScenarioSetup,
} from '../plan';

const { alice, bob } = seedAccounts;
const ALERT = '[role="alert"]';
// A throttle's countdown: an alert that is not a live region, so its ticking is not read out.
const WAIT = '.alert-error:not([role])';
// A dead end (expired challenge, locked account): the next step replaces the form.
const ENDED = '.auth-ended h2';
// The second-factor screen's one button below the offers: "Resend code" for an email challenge,
// "Use a recovery code" for an app's.
const SECONDARY_BUTTON = { action: 'click', target: '.auth-secondary-actions button' } as const;

/** The code the backend mailed for the newest challenge (the mailbox is newest first). */
function mailedCode(store: Store): string {
  const code = store.mailbox.find((mail) => mail.code)?.code;
  if (!code) throw new Error('no code was mailed');
  return code;
}

/** The password step as it happened `secondsAgo` ago: the mock clock goes back, then returns. */
async function secondFactorFrom(store: Store, secondsAgo: number, seed = alice) {
  setClockOffset(-secondsAgo);
  const plan = await atSecondFactor(store, seed, { expect: 'input[name="code"]' });
  setClockOffset(0);
  return plan;
}

/** Bob's wrong codes, entered at the backend's second-factor step as a person would. */
async function failBobsCode(store: Store, times: number): Promise<void> {
  for (let attempt = 0; attempt < times; attempt += 1) {
    const { landing } = await atSecondFactor(store, bob, { expect: '' });
    const challengeId = landing.state?.challenge.id ?? '';
    await verifyChallenge(
      store,
      { challengeId, code: wrongTotp(bobTotpSecret) },
      thisBrowser(),
      undefined,
    );
  }
}

export const signInSetups = {
  'sign-in': async () => ({
    landing: { path: '/sign-in' },
    steps: [],
    expect: 'input[name="email"]',
  }),

  'sign-in-wrong-password': async () => ({
    landing: { path: '/sign-in' },
    steps: submit({ email: alice.email, password: 'not-her-password' }),
    expect: ALERT,
  }),

  'sign-in-throttled': async (store) => {
    // Five wrong passwords for Alice's email: now even the right one waits.
    for (let attempt = 0; attempt < FREE_ATTEMPTS_PER_EMAIL; attempt += 1) {
      await signIn(store, alice.email, 'not-her-password', LOCAL_ADDRESS, thisBrowser());
    }
    return {
      landing: { path: '/sign-in' },
      steps: submit({ email: alice.email, password: alice.password }),
      expect: WAIT,
    };
  },

  'sign-in-locked': async (store) => {
    const user = account(store, bob);
    for (let failure = 0; failure < LOCK_AFTER_FAILURES; failure += 1) recordFailure(user, now());
    return atSecondFactor(store, bob, { steps: enterCode(totpAt(bobTotpSecret)), expect: ENDED });
  },

  'email-challenge': (store) => atSecondFactor(store, alice, { expect: 'input[name="code"]' }),

  'email-wrong-code': async (store) => {
    const plan = await atSecondFactor(store, alice, { expect: ALERT });
    return { ...plan, steps: enterCode(otherCode(mailedCode(store))) };
  },

  'email-resend-cooldown': async (store) => {
    const plan = await secondFactorFrom(store, RESEND_COOLDOWN_MS / 1000 + 1);
    return {
      ...plan,
      steps: [SECONDARY_BUTTON],
      expect: '.resend-status:not(:empty)',
    };
  },

  'email-expired': async (store) => {
    const plan = await secondFactorFrom(store, CHALLENGE_LIFETIME_MS / 1000 + 10);
    return { ...plan, steps: enterCode(mailedCode(store)), expect: ENDED };
  },

  'totp-challenge': (store) => atSecondFactor(store, bob, { expect: 'input[name="code"]' }),

  'totp-wrong-code': (store) =>
    atSecondFactor(store, bob, { steps: enterCode(wrongTotp(bobTotpSecret)), expect: ALERT }),

  'totp-replayed-code': async (store) => {
    // Bob signed in a moment ago with the code his app still shows; then he signed out.
    const code = totpAt(bobTotpSecret);
    const first = await atSecondFactor(store, bob, { expect: '' });
    const challengeId = first.landing.state?.challenge.id ?? '';
    const signedIn = await verifyChallenge(store, { challengeId, code }, thisBrowser(), undefined);
    if (!signedIn.ok) throw new Error(`Bob's sign-in failed: ${signedIn.failure.code}`);
    endSession(store, signedIn.value.sessionId);
    return atSecondFactor(store, bob, { steps: enterCode(code), expect: ALERT });
  },

  'totp-clock-skew': (store) =>
    // A phone 4 minutes fast shows the code of 8 steps ahead.
    atSecondFactor(store, bob, { steps: enterCode(totpAt(bobTotpSecret, 8)), expect: ALERT }),

  'totp-throttled': async (store) => {
    await failBobsCode(store, 5);
    return atSecondFactor(store, bob, { steps: enterCode(totpAt(bobTotpSecret)), expect: WAIT });
  },

  'totp-recovery-code': (store) =>
    atSecondFactor(store, bob, {
      steps: [SECONDARY_BUTTON],
      expect: 'input[name="recoveryCode"]',
    }),
} satisfies Record<string, ScenarioSetup>;
