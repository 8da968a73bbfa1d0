import { MapStorage } from '../db/storage';

/** A stand-in for `localStorage` whose contents tests can read, corrupt or make refuse writes. */
export class MemoryStorage extends MapStorage {
  /** When set, `setItem` throws like a browser over its quota. */
  failWrites = false;

  override setItem(key: string, value: string): void {
    if (this.failWrites)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }

  /** Everything persisted, as one string, for "nothing secret is stored" checks. */
  dump(): string {
    return [...this.entries.values()].join('\n');
  }
}
