import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { factorPaths } from '#src/api/factors';
import { operations } from '#src/api/operations';
import { sessionListResponseSchema, sessionPath, sessionPaths } from '#src/api/sessions';
import { seedAccounts } from '../db/seed';
import { ContractClient, contractViolation } from './contract-client';
import {
  bobCode,
  challengeFor,
  mailedCode,
  propertyRuns,
  propertyTimeout,
  resetApi,
  setupContract,
} from './world';

setupContract();

/** Browsers 0 and 1 are Bob's, 2 is Alice's: two of one account, one of another. */
const owners = ['bob', 'bob', 'alice'] as const;
const who = fc.constantFrom(0, 1, 2);

type Action =
  | { kind: 'signIn'; who: number }
  | { kind: 'sudo'; who: number }
  | { kind: 'endOne'; who: number; target: number }
  | { kind: 'endOthers'; who: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('signIn' as const), who }),
  fc.record({ kind: fc.constant('sudo' as const), who }),
  fc.record({ kind: fc.constant('endOne' as const), who, target: who }),
  fc.record({ kind: fc.constant('endOthers' as const), who }),
);

const operationOf = (id: string) => {
  const found = operations.find((op) => op.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Three browsers, and what the model says each may do. */
class Sessions {
  readonly clients = owners.map(() => new ContractClient());
  readonly alive = owners.map(() => false);
  readonly sudo = owners.map(() => false);

  async step(next: Action): Promise<void> {
    const client = this.clients[next.who] as ContractClient;
    const owner = owners[next.who] as (typeof owners)[number];
    if (next.kind === 'signIn') {
      const challengeId = await challengeFor(owner, client);
      const code = owner === 'bob' ? await bobCode() : await mailedCode();
      const body = { challengeId, code };
      const answer = await client.answer({ method: 'POST', path: apiPaths.verifyChallenge, body });
      expect(answer.status).toBe(200);
      this.alive[next.who] = true;
      this.sudo[next.who] = false;
    } else if (next.kind === 'sudo') {
      const body = { password: seedAccounts[owner].password, code: await bobCode() };
      const answer = await client.answer({ method: 'POST', path: factorPaths.sudo, body });
      expect(answer.status === 200).toBe(this.alive[next.who] && owner === 'bob');
      if (answer.status === 200) this.sudo[next.who] = true;
    } else if (next.kind === 'endOne') {
      const handle = await this.handleOf(next.target);
      const path = sessionPath(handle);
      const answer = await client.answer({ method: 'DELETE', path });
      this.check('signOutSession', answer);
      const allowed =
        this.alive[next.who] &&
        this.mayEnd(next.who) &&
        this.alive[next.target] &&
        owners[next.target] === owner &&
        next.target !== next.who;
      expect(answer.status === 204).toBe(allowed);
      if (allowed) this.alive[next.target] = false;
    } else {
      const answer = await client.answer({ method: 'POST', path: sessionPaths.signOutOthers });
      this.check('signOutOtherSessions', answer);
      const allowed = this.alive[next.who] && this.mayEnd(next.who);
      expect(answer.status === 200).toBe(allowed);
      if (allowed)
        owners.forEach((other, index) => {
          if (other === owner && index !== next.who) this.alive[index] = false;
        });
    }
  }

  /** Bob has MFA, so sudo mode first; Alice (MFA off) has no sudo mode: her session suffices. */
  private mayEnd(index: number): boolean {
    return owners[index] === 'alice' || (this.sudo[index] ?? false);
  }

  /** A browser's own handle, read from its own list (a made-up one when it has no session). */
  private async handleOf(index: number): Promise<string> {
    const client = this.clients[index] as ContractClient;
    const answer = await client.answer({ method: 'GET', path: sessionPaths.sessions });
    this.check('listSessions', answer);
    if (answer.status !== 200) return 'sh_none';
    const { sessions } = sessionListResponseSchema.parse(JSON.parse(answer.text));
    // Another account's list never shows up in this one.
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    return sessions.find((session) => session.current)?.id ?? 'sh_none';
  }

  private check(id: string, answer: Awaited<ReturnType<ContractClient['answer']>>): void {
    const violation = contractViolation(operationOf(id), answer);
    if (violation) throw new Error(violation);
  }
}

describe('contract properties: where you are signed in', () => {
  it(
    'a signed-out session never answers 200 again, and no session ends another account’s',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
          await resetApi();
          const model = new Sessions();
          for (const next of actions) {
            await model.step(next);
            for (const [index, client] of model.clients.entries()) {
              const me = await client.answer({ method: 'GET', path: apiPaths.me });
              expect(me.status).toBe(model.alive[index] ? 200 : 401);
              const list = await client.answer({ method: 'GET', path: sessionPaths.sessions });
              expect(list.status).toBe(model.alive[index] ? 200 : 401);
              if (list.status === 200) {
                const { sessions } = sessionListResponseSchema.parse(JSON.parse(list.text));
                const mine = owners.filter(
                  (owner, other) => owner === owners[index] && model.alive[other],
                );
                expect(sessions).toHaveLength(mine.length);
              }
            }
          }
        }),
        // Each run signs in several times (password hashing): fewer runs than the others.
        { numRuns: Math.max(20, Math.round(propertyRuns / 20)) },
      );
    },
    propertyTimeout,
  );
});
