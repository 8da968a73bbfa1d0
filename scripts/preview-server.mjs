// The built demo under `vite preview`, for the timing scripts (scenario-timing, activity-timing):
// one way to check the build exists and to wait until the server answers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function startPreview(dist, port) {
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`No ${dist}/index.html: build it first (npx vite build --logLevel warn).`);
    process.exit(1);
  }
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${origin}`);
}
