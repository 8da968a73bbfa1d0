import type { StorageLike } from '../db/storage';

/** A stand-in for `localStorage` whose contents tests can read, corrupt or make refuse writes. */
export class MemoryStorage implements StorageLike {
  readonly entries = new Map<string, string>();
  /** When set, `setItem` throws like a browser over its quota. */
  failWrites = false;

  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.entries.set(key, value);
  }

  removeItem(key: string): void {
    this.entries.delete(key);
  }

  /** Everything persisted, as one string, for "nothing secret is stored" checks. */
  dump(): string {
    return [...this.entries.values()].join('\n');
  }
}
