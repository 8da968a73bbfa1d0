// Loaded into the API server by the load bench only (`node --expose-gc --import` this file): on
// the bench's `memory` message it answers process.memoryUsage() taken after a full collection, so
// the figures count what the server still holds, not garbage the collector has not reached yet.
// Nothing here changes how the server answers requests.
if (process.send) {
  process.on('message', (message) => {
    if (message !== 'memory') return;
    globalThis.gc?.();
    process.send({ memory: process.memoryUsage() });
  });
  // The channel alone never keeps the server up (nor stops it from exiting on SIGTERM).
  process.channel?.unref();
}
