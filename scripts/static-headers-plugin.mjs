// Vite plugin: the built app ships public/_headers with connect-src opened to VITE_API_BASE_URL,
// `vite preview` sends the same headers, a build for a real backend (VITE_API_MOCKING=off)
// carries no mock service worker, and a build with an inline script (which the CSP would
// block) or, for a real backend, with any mock code fails at once.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prerenderedPages } from './prerender-plugin.mjs';
import { headersForPath, readHeaderRules, withApiOrigin } from './static-headers.mjs';

const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>/i;

/** @param {{ apiBaseUrl?: string, mocking: boolean }} options */
export function staticHeaders({ apiBaseUrl, mocking }) {
  let outDir = 'dist';
  // The prerender's own build for Node (scripts/prerender-plugin.mjs) ships nothing.
  let ssr = false;
  return {
    name: 'zen-static-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      ssr = !!config.build.ssr;
    },
    // Mock code in a build for a real backend would be a backdoor: refuse to ship it.
    generateBundle(_, bundle) {
      if (mocking || ssr) return;
      const mockModules = Object.values(bundle)
        .flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
        .filter((id) => /[\\/]mocks[\\/]|node_modules[\\/](msw|@mswjs)[\\/]/.test(id));
      if (mockModules.length > 0) {
        throw new Error(`VITE_API_MOCKING=off build holds mock code: ${mockModules.join(', ')}`);
      }
    },
    writeBundle() {
      if (ssr) return;
      const headersFile = join(outDir, '_headers');
      if (existsSync(headersFile)) {
        writeFileSync(headersFile, withApiOrigin(readFileSync(headersFile, 'utf8'), apiBaseUrl));
      }
      if (!mocking) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
      for (const page of Object.values(prerenderedPages)) {
        if (inlineScript.test(readFileSync(join(outDir, page), 'utf8'))) {
          throw new Error(`${page} has an inline <script>: the Content-Security-Policy forbids it`);
        }
      }
    },
  };
}

/** What `vite preview` sends with every file: the `/*` rule of public/_headers. */
export function previewHeaders(apiBaseUrl) {
  return headersForPath(readHeaderRules(apiBaseUrl), '/');
}
