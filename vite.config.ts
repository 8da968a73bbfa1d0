/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderSignIn } from './scripts/prerender-plugin.mjs';
import { previewHeaders, staticHeaders } from './scripts/static-headers-plugin.mjs';

/**
 * Everything the app's start (main.tsx) imports statically goes into one chunk beside it. Left
 * alone, Rolldown splits it into a dozen small shared chunks (they are shared with lazy ones),
 * and each costs a request the sign-in form waits for. What the page's own script (entry.ts)
 * imports stays with that script, so it loads nothing of the app before the first paint.
 */
const mainModule = resolve(import.meta.dirname, 'src/main.tsx');
const entryModule = resolve(import.meta.dirname, 'src/entry.ts');

/** Whether `root` imports module `id`, directly or through other static imports. */
function importedFrom(root: string, id: string, ctx: Rolldown.ChunkingContext): boolean {
  const seen = new Set<string>();
  const reachable = (moduleId: string): boolean => {
    if (moduleId === root) return true;
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    return ctx.getModuleInfo(moduleId)?.importers.some(reachable) ?? false;
  };
  return reachable(id);
}

const firstScreenChunk = (id: string, ctx: Rolldown.ChunkingContext) =>
  id !== mainModule && importedFrom(mainModule, id, ctx) ? 'first-screen' : null;

/** What the page's script imports (the bundler's helper for import()) stays out of the app's. */
const pageScriptChunk = (id: string, ctx: Rolldown.ChunkingContext) =>
  id !== entryModule && importedFrom(entryModule, id, ctx) ? 'page-script' : null;

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
  const apiBaseUrl = env.VITE_API_BASE_URL || undefined;
  const mocking = env.VITE_API_MOCKING !== 'off';
  return {
    plugins: [react(), prerenderSignIn({ mocking }), staticHeaders({ apiBaseUrl, mocking })],
    server: { port: 5173 },
    // The built app under its production headers (CSP included); the dev server has none,
    // since React's fast refresh needs an inline script.
    preview: { port: 4173, headers: previewHeaders(apiBaseUrl) },
    build: {
      target: 'es2022',
      // Browsers without <link rel="modulepreload"> (Safari before 17) still load every module
      // when it is imported; the polyfill would cost every visitor half a kilobyte before paint.
      modulePreload: { polyfill: false },
      // Source maps let scripts/check-budgets.mjs prove which modules the entry chunk holds.
      sourcemap: 'hidden',
      manifest: true,
      // scripts/check-budgets.mjs is the real gate (gzip bytes of what the sign-in screen loads).
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        output: {
          entryFileNames: 'assets/entry-[hash].js',
          codeSplitting: {
            groups: [
              { name: pageScriptChunk, debugName: 'page-script', priority: 2 },
              { name: firstScreenChunk, debugName: 'first-screen', priority: 1 },
              // Every icon in one chunk: each shared chunk costs the entry a file name in its
              // preload lists, so icons split per screen would grow the sign-in download.
              { name: 'icons', test: /[\\/]node_modules[\\/]lucide-react[\\/]/ },
              // The MFA dialogs' shared parts (the reauth form, "Also sign out my other
              // sessions") in one chunk, for the same reason.
              {
                name: 'reauth-form',
                test: /[\\/]src[\\/](features[\\/]mfa[\\/]components[\\/](reauth-form|also-sign-out-field)|components[\\/]checkbox-field)\.tsx$/,
              },
            ],
          },
        },
      },
    },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['./vitest.setup.ts'],
      restoreMocks: true,
      // Ceilings, not timing assertions: a component test that takes 1.5 s on a quiet machine
      // took over Vitest's default 5 s in CI on a shared 2-core runner. A hung test still fails.
      testTimeout: 20_000,
      hookTimeout: 30_000,
      // Every core: Vitest's default for a run leaves one free, which is one worker on a
      // 2-core runner, and the unit step took twice as long as it needs to.
      maxWorkers: '100%',
    },
  };
});
