import { randomId } from './crypto';
import { resetStore } from './db';
import { fail, ok, type Result } from './result';
import {
  DEFAULT_WORLD_ID,
  MapStorage,
  newWorld,
  runInWorld,
  worldsIsolated,
  type World,
} from './storage';

/**
 * The worlds a server keeps besides the default one, for tests and QA teams that share it:
 * each is a whole simulated backend from the seed (accounts, sessions, mailbox, clock offset,
 * faults, throttles), in memory only. Bounded in number, and dropped after an idle time, so a
 * suite that never cleans up cannot exhaust the server's memory. `npm run api` takes both
 * figures as options (mocks/server/options.ts); these are the defaults.
 */
export const WORLD_DEFAULTS = { limit: 10_000, idleMinutes: 30 } as const;

let limit: number = WORLD_DEFAULTS.limit;
let idleMs: number = WORLD_DEFAULTS.idleMinutes * 60_000;
/** Least recently used first: a world named by a request moves to the end. */
const worlds = new Map<string, World>();

export function configureWorlds(figures: { limit: number; idleMinutes: number }): void {
  limit = figures.limit;
  idleMs = figures.idleMinutes * 60_000;
}

/** Forgets every world but the default one (tests). */
export function dropWorlds(): void {
  worlds.clear();
}

export function worldCount(): number {
  return worlds.size;
}

const idle = (world: World, now: number) => now - world.lastUsed >= idleMs;

export function dropIdleWorlds(now = Date.now()): void {
  for (const [id, world] of worlds) {
    // In order of last use: the first one still in use ends the sweep.
    if (!idle(world, now)) return;
    worlds.delete(id);
  }
}

/** Seconds until the least recently used world is dropped, which frees a place. */
function secondsUntilPlace(now: number): number {
  const oldest = worlds.values().next().value;
  const left = oldest ? oldest.lastUsed + idleMs - now : 0;
  return Math.max(1, Math.ceil(left / 1000));
}

/**
 * A new world from the seed, or `world_limit` (with the wait until an idle world makes room)
 * when the server holds as many as it may. The page cannot keep worlds apart (see `WorldScope`),
 * so it holds none besides its own.
 */
export async function createWorld(): Promise<Result<World>> {
  const now = Date.now();
  dropIdleWorlds(now);
  const room = worldsIsolated() ? limit : 0;
  if (worlds.size >= room) {
    const retryAfter = worldsIsolated() && room > 0 ? secondsUntilPlace(now) : undefined;
    return fail('world_limit', retryAfter === undefined ? {} : { retryAfter });
  }
  const world = newWorld(randomId('wld_'), new MapStorage(), { volatile: true });
  world.lastUsed = now;
  worlds.set(world.id, world);
  await runInWorld(world, resetStore);
  return ok(world);
}

/**
 * The world a request names (its id), kept for another idle time; `undefined` for the default
 * one. An unknown or dropped world is `world_not_found`: a test must never fall back into
 * another's state.
 */
export function worldNamed(id: string): Result<World | undefined> {
  if (id === DEFAULT_WORLD_ID) return ok(undefined);
  const world = worlds.get(id);
  const now = Date.now();
  if (!world || idle(world, now)) {
    worlds.delete(id);
    return fail('world_not_found');
  }
  world.lastUsed = now;
  worlds.delete(id);
  worlds.set(id, world);
  return ok(world);
}
