import type { StoreNotice } from '#src/api/mock-control';

export type StorageMode = 'local' | 'memory';

/** The part of Web Storage the mock uses; tests inject a fake with the same shape. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
    this.#keys.add(key);
    if (this.#backing) {
      try {
        this.#backing.setItem(key, value);
        return;
      } catch {
        this.#fallBack();
      }
    }
    this.#memory.set(key, value);
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

let notices: StoreNotice[] = [];
let active: KeyValueStorage | undefined;

export function addNotice(notice: StoreNotice): void {
  if (!notices.includes(notice)) notices.push(notice);
}

/** Notices of this page load; reading them does not clear them. */
export function getNotices(): readonly StoreNotice[] {
  return notices;
}

export function getStorage(): KeyValueStorage {
  active ??= new KeyValueStorage(detectLocalStorage(), addNotice);
  return active;
}

/** Starts over as if the page had just loaded, on the given storage (tests inject fakes). */
export function installStorage(
  backing: StorageLike | undefined,
  { volatile = false }: { volatile?: boolean } = {},
): KeyValueStorage {
  notices = [];
  active = new KeyValueStorage(backing, addNotice, volatile);
  return active;
}
