/**
 * The realistic latency MSW adds to every answer in the page (100-400 ms) makes the app feel
 * like it talks to a server. While a scenario link builds its state, nobody is watching the
 * requests: they answer at once, and the scenario is ready in a fraction of the time. The fault
 * switch's latency (the slow-response scenario) is never paused.
 */
let paused = false;

export function pauseRealisticLatency(): void {
  paused = true;
}

/** Once the scenario is on screen: the app feels like it talks to a server again. */
export function resumeRealisticLatency(): void {
  paused = false;
}

export function realisticLatencyPaused(): boolean {
  return paused;
}
