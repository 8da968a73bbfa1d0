/**
 * Requests wait for the simulated backend to start, so the first paint never waits for MSW
 * while no request can slip past it. With a real backend nothing is awaited.
 */
let ready: Promise<unknown> = Promise.resolve();

export function setApiReady(promise: Promise<unknown>): void {
  ready = promise;
}

export function whenApiReady(): Promise<unknown> {
  return ready;
}
