import { faultsResponseSchema, type Faults, type FaultsRequest } from '#src/api/mock-control';
import { getStorage } from './storage';

const FAULTS_KEY = 'zen-console-mock:faults';
const NO_FAULTS: Faults = { failNext: 0, latencyMs: 0, offline: false };

/**
 * The fault switch QA and designers flip to see the SPA's offline and slow states. Kept in
 * storage like the clock offset, so it survives the reload a tester may do to start a journey
 * and is shared by the tabs of one browser; anything unreadable counts as "no faults".
 */
export function readFaults(): Faults {
  const raw = getStorage().read(FAULTS_KEY);
  if (raw === null) return NO_FAULTS;
  try {
    const stored: unknown = JSON.parse(raw);
    // A switch saved before `offline` existed still counts, with offline off.
    const parsed = faultsResponseSchema.safeParse(
      stored !== null && typeof stored === 'object' ? { offline: false, ...stored } : stored,
    );
    return parsed.success ? parsed.data : NO_FAULTS;
  } catch {
    return NO_FAULTS;
  }
}

function writeFaults(faults: Faults): void {
  getStorage().write(FAULTS_KEY, JSON.stringify(faults));
}

/** Fields left out keep their current value. */
export function setFaults(change: FaultsRequest): Faults {
  const next = { ...readFaults(), ...stripUndefined(change) };
  writeFaults(next);
  return next;
}

export function clearFaults(): void {
  getStorage().remove(FAULTS_KEY);
}

export type Fault = { fail: boolean; latencyMs: number };

/**
 * What happens to one API request, decided when it arrives: read and count down in one
 * synchronous step, so requests that overlap (a double submit) each take their own failure.
 */
export function takeFault(): Fault {
  const faults = readFaults();
  // Offline fails everything and leaves the count of planned failures for afterwards.
  if (faults.offline) return { fail: true, latencyMs: faults.latencyMs };
  if (faults.failNext > 0) writeFaults({ ...faults, failNext: faults.failNext - 1 });
  return { fail: faults.failNext > 0, latencyMs: faults.latencyMs };
}

function stripUndefined(change: FaultsRequest): Partial<Faults> {
  const defined: Partial<Faults> = {};
  if (change.failNext !== undefined) defined.failNext = change.failNext;
  if (change.latencyMs !== undefined) defined.latencyMs = change.latencyMs;
  if (change.offline !== undefined) defined.offline = change.offline;
  return defined;
}
