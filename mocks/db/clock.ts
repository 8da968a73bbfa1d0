import { getStorage } from './storage';

const OFFSET_KEY = 'zen-console-mock:clock-offset';

/**
 * The one source of time for the simulated backend. It follows `Date.now()` (so Playwright's
 * `page.clock` moves it) plus an offset kept in storage (so the mock-control endpoint moves it
 * too, and the shift survives a reload).
 */
export function clockOffsetSeconds(): number {
  const value = Number(getStorage().read(OFFSET_KEY) ?? '0');
  return Number.isSafeInteger(value) ? value : 0;
}

export function setClockOffset(seconds: number): void {
  getStorage().write(OFFSET_KEY, String(Math.trunc(seconds)));
}

export function advanceClock(seconds: number): void {
  setClockOffset(clockOffsetSeconds() + seconds);
}

let baseTime: () => number = () => Date.now();

/**
 * Stops the base time at `epochMs`, so only the offset moves the clock: the Node server's
 * `--fixed-time`, for handler tests run over HTTP (in-process they fake `Date` instead).
 */
export function fixBaseTime(epochMs: number): void {
  baseTime = () => epochMs;
}

export function now(): number {
  return baseTime() + clockOffsetSeconds() * 1000;
}

export function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export function nowIso(): string {
  return toIso(now());
}
