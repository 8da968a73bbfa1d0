import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { createWorldResponseSchema, mockPaths, mockWorldCookie } from '#src/api/mock-control';
import { fixBaseTime } from '../db/clock';
import { seedAccounts } from '../db/seed';
import { TEST_START } from '../testing/server';
import { ContractClient, type ContractRequest } from './contract-client';
import { propertyRuns, resetApi, setupContract } from './world';

setupContract();
// In process the fake timers that skip the handlers' latency also move `Date`, a few ms per
// request: stop the mock's base time as `npm run api --fixed-time` does, so that a world's
// times depend on its own steps only.
beforeAll(() => fixBaseTime(TEST_START.getTime()));

/**
 * What one world is asked, one request each: sign-ins with the right or a wrong password (the
 * mailbox, the password throttle), the clock, the fault switch (which fails the next sign-ins),
 * a reset, and reading the mailbox, the status and the switch back.
 */
type Command =
  | { kind: 'signIn'; account: 'alice' | 'bob'; right: boolean }
  | { kind: 'clock'; seconds: number }
  | { kind: 'faults'; failNext: number }
  | { kind: 'reset' }
  | { kind: 'read'; what: 'mailbox' | 'status' | 'faults' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('signIn' as const),
      account: fc.constantFrom('alice' as const, 'bob' as const),
      right: fc.boolean(),
    }),
  },
  fc.record({ kind: fc.constant('clock' as const), seconds: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('faults' as const), failNext: fc.integer({ min: 0, max: 2 }) }),
  fc.constant({ kind: 'reset' as const }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      what: fc.constantFrom('mailbox' as const, 'status' as const, 'faults' as const),
    }),
  },
);

/** Fewer runs than an operation's: each run is up to 80 requests, each world replayed alone. */
const runs = Math.max(20, Math.round(propertyRuns / 20));

/** The default world and three new ones; each step goes to one of them. */
const WORLDS = 4;
const script = fc.array(fc.record({ world: fc.nat(WORLDS - 1), command }), { maxLength: 40 });

function request(step: Command): ContractRequest {
  switch (step.kind) {
    case 'signIn': {
      const { email, password } = seedAccounts[step.account];
      const body = { email, password: step.right ? password : `${password}?` };
      return { method: 'POST', path: apiPaths.signIn, body };
    }
    case 'clock':
      return { method: 'POST', path: mockPaths.clock, body: { advanceSeconds: step.seconds } };
    case 'faults':
      return { method: 'POST', path: mockPaths.faults, body: { failNext: step.failNext } };
    case 'reset':
      return { method: 'POST', path: mockPaths.reset };
    case 'read':
      return { method: 'GET', path: mockPaths[step.what] };
  }
}

/**
 * What a step saw, without what differs between two identical worlds by chance (challenge ids,
 * mailed codes, the world's own id): statuses, waits, times, counts and recipients.
 */
async function observe(client: ContractClient, step: Command): Promise<string> {
  let answer;
  try {
    answer = await client.answer(request(step));
  } catch {
    return 'network failure';
  }
  const body: unknown = answer.text ? JSON.parse(answer.text) : null;
  if (step.kind === 'signIn') {
    const { error } = (body ?? {}) as { error?: { code: string; retryAfter?: number } };
    return `${answer.status} ${error?.code ?? ''} ${error?.retryAfter ?? ''}`;
  }
  if (step.kind === 'read' && step.what === 'mailbox') {
    const { messages } = body as { messages: { to: string; subject: string; sentAt: string }[] };
    return `${answer.status} ${JSON.stringify(messages.map((m) => [m.to, m.subject, m.sentAt]))}`;
  }
  if (step.kind === 'read' && step.what === 'status') {
    const { now } = body as { now: string };
    return `${answer.status} ${now}`;
  }
  return `${answer.status} ${answer.text}`;
}

async function newWorld(): Promise<string> {
  const answer = await new ContractClient().answer({ method: 'POST', path: mockPaths.worlds });
  expect(answer.status, answer.text).toBe(201);
  return createWorldResponseSchema.parse(JSON.parse(answer.text)).world.id;
}

/**
 * A browser in `world`, as a Playwright context would be; with no cookie, in the world a request
 * naming none is in: the default one in process, this file's own over HTTP.
 */
function clientIn(world: string | undefined): ContractClient {
  const client = new ContractClient();
  if (world) client.cookies.set(mockWorldCookie, world);
  return client;
}

/** Runs each world's steps in order, every world at once; returns what each step saw. */
async function run(steps: { world: number; command: Command }[], worlds: (string | undefined)[]) {
  const seen: string[][] = worlds.map(() => []);
  await Promise.all(
    worlds.map(async (world, index) => {
      const client = clientIn(world);
      for (const step of steps.filter((candidate) => candidate.world === index))
        seen[index]!.push(await observe(client, step.command));
    }),
  );
  return seen;
}

describe('worlds', () => {
  it(
    'interleaved requests to several worlds see what each world alone would see',
    async () => {
      await fc.assert(
        fc.asyncProperty(script, async (steps) => {
          await resetApi();
          const worlds = [undefined, await newWorld(), await newWorld(), await newWorld()];
          const together = await run(steps, worlds);
          // Each world's steps again, alone: in a fresh world, nothing else running.
          for (let index = 0; index < WORLDS; index += 1) {
            const ownSteps = steps.filter((step) => step.world === index);
            if (index === 0) await resetApi();
            const fresh = index === 0 ? undefined : await newWorld();
            const alone = await run(
              ownSteps.map((step) => ({ ...step, world: 0 })),
              [fresh],
            );
            const label = `world ${index}: ${JSON.stringify(ownSteps.map((s) => s.command))}`;
            expect(together[index], label).toEqual(alone[0]);
          }
        }),
        { numRuns: runs },
      );
    },
    runs * 3_000 + 30_000,
  );
});
