import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountRecoveryPaths, confirmRecoveryResponseSchema } from '#src/api/account-recovery';
import { apiPaths } from '#src/api/auth';
import { mailboxResponseSchema, mockPaths } from '#src/api/mock-control';
import { seedAccounts } from '../db/seed';
import { passHours } from '../testing/recovery-flows';
import { ContractClient } from './contract-client';
import {
  bobCode,
  challengeFor,
  mockNow,
  propertyRuns,
  propertyTimeout,
  resetApi,
  setupContract,
} from './world';

setupContract();

type Action =
  { kind: 'wait'; minutes: number } | { kind: 'nearEnd'; seconds: number } | { kind: 'cancel' };

// Waits of up to 30 hours, and jumps to a moment within 10 minutes either side of the period's
// end, where an early or late completion would show.
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 30 * 60 }) }),
  fc.record({
    kind: fc.constant('nearEnd' as const),
    seconds: fc.integer({ min: -600, max: 600 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const) }),
);

const { bob } = seedAccounts;

/** What Bob's next sign-in asks after the password: MFA's challenge until recovery ends. */
async function secondStep(): Promise<string> {
  const body = { email: bob.email, password: bob.password };
  const answer = await new ContractClient().answer({ method: 'POST', path: apiPaths.signIn, body });
  expect(answer.status, answer.text).toBe(200);
  return (JSON.parse(answer.text) as { challenge: { type: string } }).challenge.type;
}

/** Bob, who lost his phone, asks from the second step and proves his email: the period starts. */
async function startRecovery(): Promise<number> {
  const client = new ContractClient();
  const challengeId = await challengeFor('bob', client);
  const request = { method: 'POST', path: accountRecoveryPaths.request, body: { challengeId } };
  const asked = await client.answer(request);
  expect(asked.status, asked.text).toBe(201);
  const { recovery } = JSON.parse(asked.text) as { recovery: { id: string } };
  const mails = await client.answer({ method: 'GET', path: mockPaths.mailbox });
  const { messages } = mailboxResponseSchema.parse(JSON.parse(mails.text));
  const code = messages.find((mail) => mail.to === bob.email && mail.code)?.code;
  const body = { recoveryId: recovery.id, code };
  const confirmed = await client.answer({
    method: 'POST',
    path: accountRecoveryPaths.confirm,
    body,
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  const { completesAt } = confirmRecoveryResponseSchema.parse(JSON.parse(confirmed.text)).recovery;
  return Date.parse(completesAt ?? '');
}

/** Bob, who has his phone after all, signs in with `code` and cancels. */
async function cancelAsBob(code: string): Promise<number> {
  const client = new ContractClient();
  const challengeId = await challengeFor('bob', client);
  const body = { challengeId, code };
  const signedIn = await client.answer({ method: 'POST', path: apiPaths.verifyChallenge, body });
  expect(signedIn.status, signedIn.text).toBe(200);
  return (await client.answer({ method: 'POST', path: accountRecoveryPaths.cancel })).status;
}

describe('contract properties: account recovery', () => {
  it(
    'turns MFA off only once the period is over, and never after a cancel',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
          await resetApi();
          const completesAt = await startRecovery();
          let cancelled = false;
          let completed = false;
          // The backend settles a period on the first request after it ends, whoever makes it.
          const settle = async () => {
            completed ||= !cancelled && (await mockNow()) >= completesAt;
          };
          for (const next of actions) {
            if (next.kind === 'wait') await passHours(next.minutes / 60);
            else if (next.kind === 'nearEnd') {
              const target = completesAt + next.seconds * 1000;
              await passHours(Math.max(0, target - (await mockNow())) / 3_600_000);
            } else if (!completed) {
              // A fresh code moves the clock 30 s first: the period may end meanwhile.
              const code = await bobCode();
              await settle();
              if (!completed) {
                expect(await cancelAsBob(code)).toBe(cancelled ? 404 : 200);
                cancelled = true;
              }
            }
            await settle();
            expect(await secondStep()).toBe(completed ? 'email' : 'mfa');
          }
        }),
        // Each run hashes several passwords: fewer runs than the cheap properties.
        { numRuns: Math.max(10, Math.round(propertyRuns / 50)) },
      );
    },
    propertyTimeout,
  );
});
