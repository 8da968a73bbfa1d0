import fc from 'fast-check';
import { it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import type { Operation } from '#src/api/operation';
import { operations } from '#src/api/operations';
import { seedAccounts } from '../db/seed';
import { caseFor, type Case } from './arbitraries';
import {
  ContractClient,
  contractViolation,
  requestCount,
  unroutedViolation,
} from './contract-client';
import {
  agedChallenge,
  bobCode,
  challengeFor,
  enrollmentCode,
  mailedCode,
  mfaSnapshot,
  propertyRuns,
  propertyTimeout,
  resetTokenFor,
  world,
  type Account,
} from './world';

const allMethods = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH'];

/** Methods no operation has on this path: the API must not route them (404 `not_found`). */
function wrongMethods(path: string): string[] {
  const known = operations.filter((op) => op.path === path).map((op) => op.method.toUpperCase());
  return allMethods.filter((method) => !known.includes(method));
}

/** Successes after which later runs cannot trust the cached sessions, clock or faults. */
const changesTheWorld = new Set([
  'confirmEnrollment',
  'disableMfa',
  'regenerateRecoveryCodes',
  'mockReset',
  'mockClock',
  'mockSetFaults',
  // A new password ends sessions and voids links and sign-ins under way.
  'resetPassword',
  'changePassword',
]);
/** The API goes back to the seed this often, so the mailbox and counters stay small. */
const RESET_EVERY = 200;

async function resolve(value: unknown, account: Account | null, client: ContractClient) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$ === 'string' && Object.keys(record).length === 1) {
    const [kind, arg] = record.$.split(':');
    if (kind === 'challenge' && arg === 'aged') return agedChallenge();
    if (kind === 'challenge') return challengeFor(arg === 'bob' ? 'bob' : 'alice');
    if (kind === 'reset') return resetTokenFor(arg === 'bob' ? 'bob' : 'alice');
    if (record.$ === 'code:mail') return mailedCode();
    if (record.$ === 'code:bob') return bobCode();
    if (record.$ === 'code:enrollment') return enrollmentCode(client);
    return account ? seedAccounts[account].password : 'not-signed-in';
  }
  const resolved: Record<string, unknown> = {};
  // One key after the other: the code mailed must be the one for the challenge just made.
  for (const [key, inner] of Object.entries(record))
    resolved[key] = await resolve(inner, account, client);
  return resolved;
}

let runs = 0;
/** Statuses answered per operation, printed with the soak figures. */
const statuses = new Map<string, Map<number, number>>();
function tally(operation: Operation, status: number): void {
  const counts = statuses.get(operation.id) ?? new Map<number, number>();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(operation.id, counts);
}

/** One request and every invariant the contract promises about it. */
async function runCase(operation: Operation, kase: Case): Promise<void> {
  if ((runs += 1) % RESET_EVERY === 0) world.markDirty();
  await world.settle();
  const account = kase.context === 'alice' || kase.context === 'bob' ? kase.context : null;
  const client = account
    ? await world.client(account)
    : new ContractClient(kase.context === 'forged' ? kase.forgedSid : undefined);
  if (kase.pending && operation.path === apiPaths.enrollment)
    await client.answer({ method: 'POST', path: apiPaths.enrollment });
  const body = await resolve(kase.body, account, client);
  const before = await mfaSnapshot(account ? client : null);
  const { method, contentType, address } = kase;
  const request = { method, path: operation.path, body, contentType, address };
  const answer = await client.answer(request);
  const routed = method === operation.method.toUpperCase();
  tally(operation, answer.status);
  const violation = routed
    ? contractViolation(operation, answer)
    : unroutedViolation(request, answer);
  if (violation) throw new Error(violation);

  const succeeded = routed && answer.status < 300;
  if (!succeeded && (await mfaSnapshot(account ? client : null)) !== before)
    throw new Error(`a rejected request changed MFA state: ${answer.status} ${answer.text}`);
  // SEC-11: nothing but a full sign-in gives a browser a session.
  const mayHoldSession = operation.id === 'verifyChallenge' && succeeded;
  if (!account && !mayHoldSession && operation.tag !== 'mock-control') {
    const me = await client.answer({ method: 'GET', path: apiPaths.me });
    if (me.status !== 401) throw new Error(`a session without both factors: ${me.text}`);
  }
  if (succeeded && changesTheWorld.has(operation.id)) world.markDirty();
  const lostSession =
    /"code":"(unauthenticated|session_expired|session_revoked)"/.test(answer.text) ||
    (operation.id === 'signOut' && succeeded);
  if (account && lostSession) world.drop(account);
}

/** A Vitest test asserting the property for one operation over `PROPERTY_RUNS` cases. */
export function operationProperty(operation: Operation): void {
  const name = `${operation.method.toUpperCase()} ${operation.path} keeps the contract`;
  it(
    name,
    async () => {
      const started = performance.now();
      const sentBefore = requestCount();
      await fc.assert(
        fc.asyncProperty(caseFor(operation, wrongMethods(operation.path)), (kase) =>
          runCase(operation, kase),
        ),
        { numRuns: propertyRuns },
      );
      if (process.env.PROPERTY_RUNS) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.warn(
          `[property] ${operation.id}: ${propertyRuns} runs, ${requestCount() - sentBefore} requests, ${seconds} s, statuses ${JSON.stringify(Object.fromEntries(statuses.get(operation.id) ?? []))}`,
        );
      }
    },
    propertyTimeout,
  );
}
