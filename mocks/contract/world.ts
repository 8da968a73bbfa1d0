import { beforeAll, beforeEach, vi } from 'vitest';
import { z } from 'zod';
import { apiPaths } from '#src/api/auth';
import { enrollmentResponseSchema } from '#src/api/mfa';
import {
  clockResponseSchema,
  mailboxResponseSchema,
  mockPaths,
  mockStatusResponseSchema,
} from '#src/api/mock-control';
import { passwordPaths } from '#src/api/passwords';
import { meResponseSchema } from '#src/api/user';
import { STORE_KEY } from '../db/db';
import { storeSchema } from '../db/schema';
import { bobTotpSecret, seedAccounts } from '../db/seed';
import { getStorage } from '../db/storage';
import { apiBaseUrl, enterOwnWorld } from '../testing/client';
import { totpAt } from '../testing/codes';
import { TEST_START, setupMockServer } from '../testing/server';
import { ContractClient } from './contract-client';

export type Account = 'alice' | 'bob';

/** Runs per property: `PROPERTY_RUNS` for a longer soak, 1,000 by default. */
export const propertyRuns = Number(process.env.PROPERTY_RUNS ?? 1000);
/** Generous: MSW answers after ~5 ms in Node, a sign-in hashes a password. */
export const propertyTimeout = propertyRuns * 150 + 30_000;

/** Wires the file to the API: the in-process handlers, or the server at API_BASE_URL. */
export function setupContract(): void {
  if (apiBaseUrl === undefined) {
    setupMockServer();
    // Timers too, so the handlers' simulated latency can be skipped (contract-client.ts).
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      vi.setSystemTime(TEST_START);
    });
  } else {
    // A world of its own on the one server, so the files run side by side.
    beforeAll(enterOwnWorld);
    beforeEach(() => resetApi());
  }
  beforeAll(() => world.forget());
}

const control = new ContractClient();

async function json<T extends z.core.$ZodType>(
  answer: Promise<{ status: number; text: string }>,
  schema: T,
) {
  const { status, text } = await answer;
  if (status !== 200) throw new Error(`mock control answered ${status}: ${text}`);
  return z.parse(schema, JSON.parse(text));
}

export async function resetApi(): Promise<void> {
  const { status } = await control.answer({ method: 'POST', path: mockPaths.reset });
  if (status !== 204) throw new Error(`reset answered ${status}`);
}

/** Moves the mock clock into a fresh 30 s step, so a TOTP code computed now is no replay. */
async function nextStep(): Promise<number> {
  const body = { advanceSeconds: 30 };
  const answer = control.answer({ method: 'POST', path: mockPaths.clock, body });
  return Date.parse((await json(answer, clockResponseSchema)).now);
}

export async function mockNow(): Promise<number> {
  const answer = control.answer({ method: 'GET', path: mockPaths.status });
  return Date.parse((await json(answer, mockStatusResponseSchema)).now);
}

export async function bobCode(): Promise<string> {
  return totpAt(bobTotpSecret, await nextStep());
}

export async function mailedCode(): Promise<string> {
  const answer = control.answer({ method: 'GET', path: mockPaths.mailbox });
  const { messages } = await json(answer, mailboxResponseSchema);
  return messages.find((mail) => mail.to === seedAccounts.alice.email)?.code ?? '000000';
}

/** A fresh challenge for `account` (a sign-in with the right password), or a made-up id. */
export async function challengeFor(account: Account, client = new ContractClient()) {
  const { email, password } = seedAccounts[account];
  const answer = await client.answer({
    method: 'POST',
    path: apiPaths.signIn,
    body: { email, password },
  });
  const parsed = answer.status === 200 ? JSON.parse(answer.text) : null;
  return typeof parsed?.challenge?.id === 'string' ? (parsed.challenge.id as string) : 'chl_none';
}

/** A fresh password-reset token for `account`, read from its link in the mailbox. */
export async function resetTokenFor(account: Account): Promise<string> {
  const { email } = seedAccounts[account];
  await control.answer({ method: 'POST', path: passwordPaths.requestReset, body: { email } });
  const answer = control.answer({ method: 'GET', path: mockPaths.mailbox });
  const { messages } = await json(answer, mailboxResponseSchema);
  const link = messages.find((mail) => mail.to === email && mail.link)?.link ?? '';
  return /#token=(.+)$/.exec(link)?.[1] ?? 'rst_none';
}

/** Alice's challenge, a minute old: its code may be resent. */
export async function agedChallenge(): Promise<string> {
  const id = await challengeFor('alice');
  const body = { advanceSeconds: 60 };
  await json(control.answer({ method: 'POST', path: mockPaths.clock, body }), clockResponseSchema);
  return id;
}

/** The code for the client's pending enrollment, starting one if none is pending. */
export async function enrollmentCode(client: ContractClient): Promise<string> {
  const answer = await client.answer({ method: 'POST', path: apiPaths.enrollment });
  if (answer.status !== 200) return '000000';
  const { enrollment } = z.parse(enrollmentResponseSchema, JSON.parse(answer.text));
  return totpAt(enrollment.secret, await mockNow());
}

async function signIn(account: Account): Promise<ContractClient | null> {
  const client = new ContractClient();
  const challengeId = await challengeFor(account, client);
  const code = account === 'alice' ? await mailedCode() : await bobCode();
  const body = { challengeId, code };
  const answer = await client.answer({ method: 'POST', path: apiPaths.verifyChallenge, body });
  return answer.status === 200 ? client : null;
}

/**
 * Signed-in browsers reused across runs (signing in for every run would spend most of the time
 * hashing passwords); dropped when a run ends their session, and the whole API goes back to
 * the seed when a run changed what later runs rely on (MFA, clock, faults, throttles).
 */
class World {
  private clients = new Map<Account, ContractClient>();
  private dirty = false;

  forget(): void {
    this.clients.clear();
  }
  markDirty(): void {
    this.dirty = true;
  }
  drop(account: Account): void {
    this.clients.delete(account);
  }

  async settle(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    this.clients.clear();
    await resetApi();
  }

  async client(account: Account): Promise<ContractClient> {
    await this.settle();
    const cached = this.clients.get(account);
    if (cached) return cached;
    // A run may have throttled the account or the address: start over once from the seed.
    const client = (await signIn(account)) ?? (await resetApi(), await signIn(account));
    if (!client) throw new Error(`${account} cannot sign in even after a reset`);
    this.clients.set(account, client);
    return client;
  }
}

export const world = new World();

/**
 * What MFA looks like for every account. In process the store itself is read (secret, last
 * step, recovery-code hashes, pending enrollment); over HTTP the signed-in client's own view.
 */
export async function mfaSnapshot(client: ContractClient | null): Promise<string> {
  if (apiBaseUrl === undefined) {
    const store = storeSchema.parse(JSON.parse(getStorage().read(STORE_KEY) ?? 'null'));
    return JSON.stringify(
      store.users.map(({ email, mfa, enrollment }) => [email, mfa, enrollment]),
    );
  }
  if (!client) return '';
  const me = await client.answer({ method: 'GET', path: apiPaths.me });
  const pending = await client.answer({ method: 'GET', path: apiPaths.enrollment });
  const mfa = me.status === 200 ? z.parse(meResponseSchema, JSON.parse(me.text)).user.mfa : null;
  return JSON.stringify([mfa, pending.status, pending.text]);
}
