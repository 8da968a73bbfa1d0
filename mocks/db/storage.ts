import type { StoreNotice } from '#src/api/mock-control';
import type { SecurityEventRecord } from './schema';

export type StorageMode = 'local' | 'memory';

/**
 * The part of Web Storage the mock uses; tests inject a fake with the same shape. A backing that
 * can write several keys in one atomic step (the data file) says so with `setItems`.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  setItems?(entries: readonly (readonly [string, string])[]): void;
};

/** Keys and values in a Map: the Node server's store when it keeps nothing across restarts. */
export class MapStorage implements StorageLike {
  readonly entries = new Map<string, string>();

  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.entries.set(key, value);
  }

  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * Key/value access over `localStorage` that never fails: when the browser has no storage
 * (private mode, blocked cookies) or refuses a write (quota), the mock keeps running in memory
 * for the rest of the page load and says so through the `memory_only` notice.
 */
export class KeyValueStorage {
  #backing: StorageLike | undefined;
  readonly #memory = new Map<string, string>();
  // Keys seen so far, so a fallback can carry their current values into memory.
  readonly #keys = new Set<string>();
  readonly #onNotice: (notice: StoreNotice) => void;
  readonly #volatile: boolean;

  /** `volatile`: the backing itself forgets on restart (the Node server's in-memory mode). */
  constructor(
    backing: StorageLike | undefined,
    onNotice: (notice: StoreNotice) => void,
    volatile = false,
  ) {
    this.#backing = backing;
    this.#onNotice = onNotice;
    this.#volatile = volatile;
    if (!backing) onNotice('memory_only');
  }

  get mode(): StorageMode {
    return this.#backing && !this.#volatile ? 'local' : 'memory';
  }

  read(key: string): string | null {
    this.#keys.add(key);
    if (this.#backing) {
      try {
        return this.#backing.getItem(key);
      } catch {
        this.#fallBack();
      }
    }
    return this.#memory.get(key) ?? null;
  }

  write(key: string, value: string): void {
    this.writeAll([[key, value]]);
  }

  /**
   * Several keys together (a transaction's store and log): in one atomic step where the backing
   * can, else in the given order, so the caller puts first the write most likely to be refused.
   */
  writeAll(entries: readonly (readonly [string, string])[]): void {
    for (const [key] of entries) this.#keys.add(key);
    const backing = this.#backing;
    if (backing) {
      try {
        if (backing.setItems) backing.setItems(entries);
        else for (const [key, value] of entries) backing.setItem(key, value);
        return;
      } catch {
        this.#fallBack();
      }
    }
    for (const [key, value] of entries) this.#memory.set(key, value);
  }

  remove(key: string): void {
    if (this.#backing) {
      try {
        this.#backing.removeItem(key);
        return;
      } catch {
        this.#fallBack();
      }
    }
    this.#memory.delete(key);
  }

  #fallBack(): void {
    const backing = this.#backing;
    if (!backing) return;
    this.#backing = undefined;
    for (const key of this.#keys) {
      try {
        const value = backing.getItem(key);
        if (value !== null) this.#memory.set(key, value);
      } catch {
        // Unreadable as well: that key starts over in memory.
      }
    }
    this.#onNotice('memory_only');
  }
}

function detectLocalStorage(): StorageLike | undefined {
  try {
    // Merely touching `localStorage` throws in some privacy modes.
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One simulated backend: its storage (the store, the clock offset, the fault switch), the
 * notices of its storage, and its transaction queue (db.ts). The page has one, the default
 * world; the Node server keeps more (worlds.ts), so that tests run side by side on one server
 * without seeing each other's state. Everything the backend remembers lives in a world: no
 * other module may keep state of its own.
 */
export type World = {
  readonly id: string;
  readonly storage: KeyValueStorage;
  readonly notices: StoreNotice[];
  /** The tail of its transactions' queue: each waits for the one before (db.ts). */
  queue: Promise<unknown>;
  /** When a request last named it (wall clock, ms), so an idle one can be dropped. */
  lastUsed: number;
  /**
   * The security log as this world last read or wrote it, with the exact text it was parsed
   * from: reused only while storage holds that same text (log-storage.ts).
   */
  log: { readonly text: string; readonly events: readonly SecurityEventRecord[] } | null;
};

/** The world of a request that names none: the page's only one, the server's data file. */
export const DEFAULT_WORLD_ID = 'default';

export function newWorld(
  id: string,
  backing: StorageLike | undefined,
  { volatile = false }: { volatile?: boolean } = {},
): World {
  const notices: StoreNotice[] = [];
  const onNotice = (notice: StoreNotice) => {
    if (!notices.includes(notice)) notices.push(notice);
  };
  const storage = new KeyValueStorage(backing, onNotice, volatile);
  return { id, storage, notices, queue: Promise.resolve(), lastUsed: 0, log: null };
}

/**
 * Which world the running code acts in. Requests overlap (every step awaits), so in Node this
 * is `AsyncLocalStorage` (mocks/server/world-scope.ts), which follows each request through
 * its awaits. The page has no such thing, and one world: there `run` just runs.
 */
export type WorldScope = {
  current(): World | undefined;
  run<T>(world: World, fn: () => T): T;
};

const pageScope: WorldScope = { current: () => undefined, run: (_world, fn) => fn() };
let scope: WorldScope = pageScope;
let defaultWorld: World | undefined;

export function setWorldScope(next: WorldScope): void {
  scope = next;
}

/** Whether worlds besides the default one can be kept apart here (not in the page). */
export function worldsIsolated(): boolean {
  return scope !== pageScope;
}

export function runInWorld<T>(world: World, fn: () => T): T {
  return scope.run(world, fn);
}

export function currentWorld(): World {
  const world = scope.current();
  if (world) return world;
  defaultWorld ??= newWorld(DEFAULT_WORLD_ID, detectLocalStorage());
  return defaultWorld;
}

/** Notices of this page load (of this world); reading them does not clear them. */
export function getNotices(): readonly StoreNotice[] {
  return currentWorld().notices;
}

export function getStorage(): KeyValueStorage {
  return currentWorld().storage;
}

/**
 * Starts the default world over as if the page had just loaded, on the given storage (the
 * server's map or data file; tests inject fakes).
 */
export function installStorage(
  backing: StorageLike | undefined,
  { volatile = false }: { volatile?: boolean } = {},
): KeyValueStorage {
  defaultWorld = newWorld(DEFAULT_WORLD_ID, backing, { volatile });
  return defaultWorld.storage;
}
