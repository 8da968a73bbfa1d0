import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { operations } from '#src/api/operations';
import { bobRecoveryCodes, bobTotpSecret, seedAccounts } from '../db/seed';
import { wrongTotpCodes } from '../testing/codes';
import { ContractClient, contractViolation } from './contract-client';
import {
  bobCode,
  mailedCode,
  mockNow,
  propertyRuns,
  propertyTimeout,
  resetApi,
  setupContract,
} from './world';

setupContract();

type Action =
  | { kind: 'signIn'; account: 'alice' | 'bob' | 'mallory'; rightPassword: boolean }
  | { kind: 'verify'; factor: 'right' | 'wrong' | 'malformed' | 'recovery'; index: number }
  | { kind: 'resend' }
  | { kind: 'signOut' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('signIn' as const),
    account: fc.constantFrom('alice' as const, 'bob' as const, 'mallory' as const),
    rightPassword: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('verify' as const),
    factor: fc.constantFrom(
      'right' as const,
      'wrong' as const,
      'malformed' as const,
      'recovery' as const,
    ),
    index: fc.nat({ max: 9 }),
  }),
  fc.constant({ kind: 'resend' as const }),
  fc.constant({ kind: 'signOut' as const }),
);

const operationAt = (path: string) => {
  const found = operations.find((op) => op.path === path && op.method === 'post');
  if (!found) throw new Error(path);
  return found;
};

/** A browser following a sequence of steps, and what it may hold after each one. */
class Journey {
  readonly client = new ContractClient();
  signedIn = false;
  challenge: { id: string; account: 'alice' | 'bob' } | null = null;

  async send(path: string, body?: unknown) {
    const answer = await this.client.answer({ method: 'POST', path, body });
    const violation = contractViolation(operationAt(path), answer);
    if (violation) throw new Error(violation);
    return answer;
  }

  async step(next: Action): Promise<void> {
    if (next.kind === 'signIn') {
      const account = next.account === 'mallory' ? null : seedAccounts[next.account];
      const email = account?.email ?? 'mallory@example.com';
      const password = next.rightPassword && account ? account.password : 'Wrong#2026';
      const answer = await this.send(apiPaths.signIn, { email, password });
      // A password alone never signs in; a right one only opens a challenge (SEC-11).
      if (answer.status === 200 && next.account !== 'mallory')
        this.challenge = { id: JSON.parse(answer.text).challenge.id, account: next.account };
      const right = next.rightPassword && account !== null;
      // The right password may meet the password step's rate limit; a wrong one never a 200.
      if (right) expect([200, 429]).toContain(answer.status);
      else expect(answer.status).not.toBe(200);
    } else if (next.kind === 'verify') {
      const answer = await this.send(apiPaths.verifyChallenge, await this.factor(next));
      const expectsSuccess =
        this.challenge !== null &&
        (next.factor === 'right' ||
          (next.factor === 'recovery' && this.challenge.account === 'bob'));
      if (answer.status === 200) {
        expect(expectsSuccess).toBe(true);
        this.signedIn = true;
        this.challenge = null;
      }
    } else if (next.kind === 'resend') {
      await this.send(apiPaths.resendCode, { challengeId: this.challenge?.id ?? 'chl_none' });
    } else {
      await this.send(apiPaths.signOut);
      this.signedIn = false;
    }
  }

  private async factor(next: Extract<Action, { kind: 'verify' }>) {
    const challengeId = this.challenge?.id ?? 'chl_none';
    if (next.factor === 'malformed') return { challengeId, code: '12 34' };
    if (next.factor === 'recovery')
      return { challengeId, recoveryCode: bobRecoveryCodes[next.index] };
    const code = this.challenge?.account === 'bob' ? await bobCode() : await mailedCode();
    if (next.factor === 'wrong') {
      // Wrong for Bob at any nearby step, and not Alice's mailed code either.
      const [first, second] = wrongTotpCodes(bobTotpSecret, await mockNow(), 2);
      return { challengeId, code: first === code ? second : first };
    }
    return { challengeId, code };
  }
}

describe('contract properties: sessions', () => {
  it(
    'gives a session only after both factors: /api/me is 401 unless a full sign-in succeeded',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
          await resetApi();
          const journey = new Journey();
          for (const next of actions) {
            await journey.step(next);
            const me = await journey.client.answer({ method: 'GET', path: apiPaths.me });
            expect(me.status).toBe(journey.signedIn ? 200 : 401);
          }
        }),
        { numRuns: propertyRuns },
      );
    },
    // Each run is a whole journey of up to 8 steps, each followed by a session check.
    propertyTimeout * 4,
  );
});
