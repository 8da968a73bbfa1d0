import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { KeyValueStorage, getNotices, installStorage } from './storage';
import type { StoreNotice } from '#src/api/mock-control';

function collect() {
  const notices: StoreNotice[] = [];
  return { notices, onNotice: (notice: StoreNotice) => notices.push(notice) };
}

describe('KeyValueStorage', () => {
  it('reads and writes localStorage while it works', () => {
    const backing = new MemoryStorage();
    const { notices, onNotice } = collect();
    const storage = new KeyValueStorage(backing, onNotice);
    storage.write('k', 'v');
    expect(backing.getItem('k')).toBe('v');
    expect(storage.read('k')).toBe('v');
    storage.remove('k');
    expect(storage.read('k')).toBeNull();
    expect(storage.mode).toBe('local');
    expect(notices).toEqual([]);
  });

  it('runs in memory with a notice when there is no localStorage', () => {
    const { notices, onNotice } = collect();
    const storage = new KeyValueStorage(undefined, onNotice);
    storage.write('k', 'v');
    expect(storage.read('k')).toBe('v');
    expect(storage.mode).toBe('memory');
    expect(notices).toEqual(['memory_only']);
  });

  it('falls back to memory, keeping earlier values, when a write throws (quota)', () => {
    const backing = new MemoryStorage();
    const { notices, onNotice } = collect();
    const storage = new KeyValueStorage(backing, onNotice);
    storage.write('a', '1');
    backing.failWrites = true;
    expect(() => storage.write('b', '2')).not.toThrow();
    expect(storage.mode).toBe('memory');
    expect(storage.read('a')).toBe('1');
    expect(storage.read('b')).toBe('2');
    // Later writes stay in memory; the browser's storage is left as it was.
    backing.failWrites = false;
    storage.write('a', '3');
    expect(storage.read('a')).toBe('3');
    expect(backing.getItem('a')).toBe('1');
    expect(notices).toEqual(['memory_only']);
  });

  it('writes several keys in order, and keeps all of them when one is refused', () => {
    const backing = new MemoryStorage();
    const { notices, onNotice } = collect();
    const storage = new KeyValueStorage(backing, onNotice);
    const setItem = vi.spyOn(backing, 'setItem');
    storage.writeAll([
      ['log', '1'],
      ['store', '1'],
    ]);
    expect(setItem.mock.calls).toEqual([
      ['log', '1'],
      ['store', '1'],
    ]);
    backing.failWrites = true;
    storage.writeAll([
      ['log', '2'],
      ['store', '2'],
    ]);
    expect([storage.read('log'), storage.read('store')]).toEqual(['2', '2']);
    expect(notices).toEqual(['memory_only']);
  });

  it('falls back when even reading throws (storage blocked)', () => {
    const { notices, onNotice } = collect();
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const storage = new KeyValueStorage(blocked, onNotice);
    expect(storage.read('k')).toBeNull();
    storage.write('k', 'v');
    expect(storage.read('k')).toBe('v');
    expect(notices).toEqual(['memory_only']);
  });
});

describe('installStorage', () => {
  it('starts the notices of a new page load, without duplicates', () => {
    installStorage(undefined);
    expect(getNotices()).toEqual(['memory_only']);
    installStorage(new MemoryStorage());
    expect(getNotices()).toEqual([]);
  });
});
