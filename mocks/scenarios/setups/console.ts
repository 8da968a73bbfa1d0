import { setClockOffset } from '#mocks/db/clock';
import { ENROLLMENT_LIFETIME_MS, startEnrollment } from '#mocks/db/enrollment';
import { consumeRecoveryCode } from '#mocks/db/recovery-codes';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '#mocks/db/seed';
import type { Store } from '#mocks/db/schema';
import { SESSION_IDLE_MS } from '#mocks/db/sessions';
import type { FaultsRequest } from '#src/api/mock-control';
import {
  account,
  signedInAt,
  enterCode,
  submit,
  totpAt,
  wrongTotp,
  type ScenarioPlan,
  type ScenarioSetup,
} from '../plan';

const { alice, bob } = seedAccounts;
const noSession = {
  id: '',
  userId: '',
  createdAt: 0,
  lastSeenAt: 0,
  sudoUntil: null,
  handle: '',
  address: null,
  userAgent: '',
};
const PROFILE = '/settings/profile';
const HEADING = '#main h1';
// The list of second factors has arrived (its placeholder is busy until then).
const FACTORS = '.factor-section:not([aria-busy]) .factor-item';
const BANNER = '#main .banner';
const DIALOG_ALERT = 'dialog[open] [role="alert"]';

/** Alice's set-up under way: the pending key the backend issued, with the wizard on `step`. */
function aliceEnrolling(store: Store, step: 2 | 3) {
  // MFA is off, so no sudo mode is asked for; the session record is never looked at.
  const enrollment = startEnrollment(account(store, alice), noSession);
  if (!enrollment.ok) throw new Error(`enrollment failed: ${enrollment.failure.code}`);
  const path = `${PROFILE}?dialog=enable-mfa&step=${step}`;
  return { secret: enrollment.value.secret, path };
}

const bobDialog = (store: Store, dialog: string, password: string, code: string, expect: string) =>
  signedInAt(store, bob, `${PROFILE}?dialog=${dialog}`, {
    steps: submit({ password, code }),
    expect,
  });

/** Bob signed in on Profile settings after using all his recovery codes but `left`. */
async function bobWithCodesLeft(store: Store, left: number): Promise<ScenarioPlan> {
  const user = account(store, bob);
  for (const code of bobRecoveryCodes.slice(left))
    await consumeRecoveryCode(user, code.replace('-', ''));
  // The warning, and the list below it loaded.
  return signedInAt(store, bob, PROFILE, { expect: `.banner ~ ${FACTORS}` });
}

/** Alice signs in while the fault switch fails or slows the API. */
const aliceSignsInWith = (faults: FaultsRequest, expect: string): ScenarioPlan => ({
  landing: { path: '/sign-in' },
  steps: [
    { action: 'setFaults', faults },
    ...submit({ email: alice.email, password: alice.password }),
  ],
  expect,
});

export const consoleSetups = {
  'console-mfa-off': async (store) => signedInAt(store, alice, '/', { expect: BANNER }),
  'console-mfa-on': async (store) => signedInAt(store, bob, '/', { expect: HEADING }),
  'profile-mfa-off': async (store) => signedInAt(store, alice, PROFILE, { expect: BANNER }),
  'profile-mfa-on': async (store) => signedInAt(store, bob, PROFILE, { expect: FACTORS }),
  'profile-one-recovery-code': async (store) => bobWithCodesLeft(store, 1),
  'profile-two-recovery-codes': async (store) => bobWithCodesLeft(store, 2),

  'enroll-intro': async (store) =>
    signedInAt(store, alice, `${PROFILE}?dialog=enable-mfa&method=app`, {
      expect: 'dialog[open] .enrollment-apps',
    }),

  'enroll-scan': async (store) =>
    signedInAt(store, alice, aliceEnrolling(store, 2).path, {
      expect: 'dialog[open] .totp-key code',
    }),

  'enroll-verify': async (store) =>
    signedInAt(store, alice, aliceEnrolling(store, 3).path, {
      expect: 'dialog[open] input[name="code"]',
    }),

  'enroll-wrong-code': async (store) => {
    const { secret, path } = aliceEnrolling(store, 3);
    return signedInAt(store, alice, path, {
      steps: enterCode(wrongTotp(secret)),
      expect: DIALOG_ALERT,
    });
  },

  'enroll-expired-key': async (store) => {
    // The key was issued just over 15 minutes ago and never confirmed.
    setClockOffset(-(ENROLLMENT_LIFETIME_MS / 1000 + 60));
    const { path } = aliceEnrolling(store, 2);
    setClockOffset(0);
    return signedInAt(store, alice, path, { expect: 'dialog[open] .alert-warning' });
  },

  'enroll-recovery-codes': async (store) => {
    const { secret, path } = aliceEnrolling(store, 3);
    return signedInAt(store, alice, path, {
      steps: enterCode(totpAt(secret)),
      expect: 'dialog[open] .recovery-codes-list',
    });
  },

  'disable-dialog': async (store) =>
    signedInAt(store, bob, `${PROFILE}?dialog=disable-mfa`, {
      expect: 'dialog[open] input[name="password"]',
    }),

  'disable-wrong-password': async (store) =>
    bobDialog(store, 'disable-mfa', 'not-his-password', totpAt(bobTotpSecret), DIALOG_ALERT),

  'disable-wrong-code': async (store) =>
    bobDialog(store, 'disable-mfa', bob.password, wrongTotp(bobTotpSecret), DIALOG_ALERT),

  'regenerate-dialog': async (store) =>
    signedInAt(store, bob, `${PROFILE}?dialog=regenerate-codes`, {
      expect: 'dialog[open] input[name="password"]',
    }),

  'regenerate-wrong-code': async (store) =>
    bobDialog(store, 'regenerate-codes', bob.password, wrongTotp(bobTotpSecret), DIALOG_ALERT),

  'regenerate-new-codes': async (store) =>
    bobDialog(
      store,
      'regenerate-codes',
      bob.password,
      totpAt(bobTotpSecret),
      'dialog[open] .recovery-codes-list',
    ),

  'session-ended': async (store) =>
    // Alice left Profile settings open past the idle limit, then chose "Enable MFA", app.
    signedInAt(store, alice, PROFILE, {
      steps: [
        { action: 'advanceClock', seconds: SESSION_IDLE_MS / 1000 + 60 },
        { action: 'navigate', to: `${PROFILE}?dialog=enable-mfa&method=app` },
      ],
      expect: '.alert-info ~ form input[name="email"], .alert-info',
    }),

  'network-failure': async () => aliceSignsInWith({ failNext: 1 }, '[role="alert"]'),
  'slow-response': async () => aliceSignsInWith({ latencyMs: 10_000 }, 'button[aria-busy="true"]'),

  'not-found': async () => ({ landing: { path: '/no-such-page' }, steps: [], expect: 'main h1' }),
} satisfies Record<string, ScenarioSetup>;
