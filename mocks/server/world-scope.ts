import { AsyncLocalStorage } from 'node:async_hooks';
import { setWorldScope, type World } from '../db/storage';

/**
 * Lets Node keep worlds apart: each request's handler runs inside `run`, and every await
 * after it still finds its own world (the store, clock and faults it reads and writes), however
 * many requests of other worlds interleave. The HTTP server and Vitest install it.
 */
export function isolateWorlds(): void {
  const worlds = new AsyncLocalStorage<World>();
  setWorldScope({
    current: () => worlds.getStore(),
    run: (world, fn) => worlds.run(world, fn),
  });
}
