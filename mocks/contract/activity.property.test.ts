import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityPageSchema, activityPaths, type SecurityEvent } from '#src/api/activity';
import { apiPaths } from '#src/api/auth';
import { productOperations } from '#src/api/operations';
import { seedAccounts } from '../db/seed';
import { ContractClient } from './contract-client';
import { operationProperty } from './run-case';
import { propertyRuns, propertyTimeout, resetApi, setupContract, world } from './world';

setupContract();

/** Writes that land in a log while someone pages through it. */
type Write = 'bobWrongPassword' | 'aliceWrongPassword' | 'bobSignIn';
const write = fc.constantFrom<Write>('bobWrongPassword', 'aliceWrongPassword', 'bobSignIn');

async function page(client: ContractClient, limit: number, cursor: string | null) {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  const answer = await client.answer({ method: 'GET', path: `${activityPaths.activity}?${query}` });
  expect(answer.status).toBe(200);
  return activityPageSchema.parse(JSON.parse(answer.text));
}

async function apply(next: Write): Promise<void> {
  const stranger = new ContractClient();
  if (next === 'bobSignIn') {
    await world.client('bob');
    world.drop('bob');
    return;
  }
  const account = next === 'bobWrongPassword' ? seedAccounts.bob : seedAccounts.alice;
  await stranger.answer({
    method: 'POST',
    path: apiPaths.signIn,
    body: { email: account.email, password: 'Wrong#2026' },
  });
}

// Each run signs in and pages through a log: far fewer runs than the per-request properties.
const pagingRuns = Math.max(10, Math.round(propertyRuns / 50));

describe('contract properties: security activity', () => {
  for (const operation of productOperations.filter((op) => op.tag === 'activity'))
    operationProperty(operation);

  it(
    "pages never repeat or skip an event under concurrent writes, nor show another account's",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 4 }),
          fc.array(write, { minLength: 1, maxLength: 8 }),
          async (limit, writes) => {
            await resetApi();
            world.forget();
            for (const next of writes.slice(0, 3)) await apply(next);
            const reader = await world.client('bob');
            const before = await page(reader, 100, null);
            const seen: SecurityEvent[] = [];
            let cursor: string | null = null;
            let step = 0;
            do {
              const next = await page(reader, limit, cursor);
              seen.push(...next.events);
              cursor = next.nextCursor;
              // Someone writes between two pages: newer events must not shift the rest.
              const pending = writes[3 + step];
              if (pending && pending !== 'bobSignIn') await apply(pending);
              step += 1;
            } while (cursor);
            const ids = seen.map((event) => event.id);
            expect(new Set(ids).size).toBe(ids.length);
            expect(ids).toEqual(before.events.map((event) => event.id));
            const alice = await world.client('alice');
            const theirs = (await page(alice, 100, null)).events.map((event) => event.id);
            expect(theirs.filter((id) => ids.includes(id))).toEqual([]);
          },
        ),
        { numRuns: pagingRuns },
      );
    },
    propertyTimeout,
  );
});
