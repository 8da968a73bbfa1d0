import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { advanceClock, clockOffsetSeconds, now, nowIso, setClockOffset } from './clock';
import { installStorage } from './storage';

let storage: MemoryStorage;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
  storage = new MemoryStorage();
  installStorage(storage);
});
afterEach(() => vi.useRealTimers());

describe('mock clock', () => {
  it('follows Date.now, so Playwright’s page.clock moves it', () => {
    expect(nowIso()).toBe('2026-03-02T10:00:00.000Z');
    vi.advanceTimersByTime(90_000);
    expect(nowIso()).toBe('2026-03-02T10:01:30.000Z');
  });

  it('adds an offset that is kept in storage, so it survives a reload', () => {
    advanceClock(3600);
    advanceClock(-600);
    expect(clockOffsetSeconds()).toBe(3000);
    expect(now()).toBe(Date.parse('2026-03-02T10:50:00Z'));
    installStorage(storage);
    expect(clockOffsetSeconds()).toBe(3000);
    setClockOffset(0);
    expect(nowIso()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('ignores a stored offset that is not a whole number', () => {
    storage.setItem('zen-console-mock:clock-offset', 'soon');
    expect(clockOffsetSeconds()).toBe(0);
  });
});
