/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `public/` holds MSW's worker script, which a build for a real backend must not ship: it is
 * removed from the output once Vite has copied the public folder.
 */
function dropMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true }),
  };
}

export default defineConfig(({ mode }) => {
  const mocking = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_MOCKING !== 'off';
  return {
    plugins: [react(), ...(mocking ? [] : [dropMockWorker()])],
    server: { port: 5173 },
    preview: { port: 4173 },
    build: {
      target: 'es2022',
      // Source maps let scripts/check-budgets.mjs prove which modules the entry chunk holds.
      sourcemap: 'hidden',
      manifest: true,
      // scripts/check-budgets.mjs is the real gate (gzip bytes of what the sign-in screen loads).
      chunkSizeWarningLimit: 600,
      rolldownOptions: { output: { entryFileNames: 'assets/entry-[hash].js' } },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}'],
      environment: 'node',
      setupFiles: ['./vitest.setup.ts'],
      restoreMocks: true,
    },
  };
});
