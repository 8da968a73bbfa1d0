// Vite plugin: after the client build, the sign-in screen is rendered to HTML with React's own
// static rendering (src/prerender.tsx, built for Node into node_modules/.prerender) and written
// into the built pages, one per language: index.html in English, zh-CN/index.html in Chinese.
// The form then paints from HTML and CSS alone; main.tsx hydrates it. `vite preview`, the Node
// server and the bench pick the page by the rules of public/_redirects (scripts/static-pages.mjs).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { readRedirectRules, rewriteFor } from './static-pages.mjs';

/** Where each language's page goes in the build. */
export const prerenderedPages = { en: 'index.html', 'zh-CN': 'zh-CN/index.html' };

const escapeText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Mock mode: the demo strip's room, reserved from the first paint (see the file). */
const demoFrame = 'demo-frame.css';
const demoFrameParts = [
  ['</head>', `  <link rel="stylesheet" href="/${demoFrame}">\n  </head>`],
  ['<div id="root"></div>', '<div class="review-top-slot"></div><div id="root"></div>'],
];

/** The built index.html with the screen's markup, title and language put in. */
function pageWithScreen(template, { html, title }, language, mocking) {
  const parts = [
    ...(mocking ? demoFrameParts : []),
    // The mark public/before-paint.js looks for: this page holds the prerendered form.
    ['<html lang="en">', `<html lang="${language}" data-prerendered="">`],
    [/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`],
    ['<div id="root"></div>', `<div id="root">${html}</div>`],
  ];
  return parts.reduce((page, [from, to]) => {
    if (!page.match(from)) throw new Error(`prerender: index.html has no ${String(from)}`);
    return page.replace(from, () => to);
  }, template);
}

/** The app's start, which the page's script imports once the page has painted. */
const appStart = 'src/main.tsx';

/** The styles a chunk and the chunks it imports statically bring, in load order. */
function stylesOf(chunk, bundle, seen = new Set()) {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const imported = chunk.imports.flatMap((file) => stylesOf(bundle[file], bundle, seen));
  return [...new Set([...imported, ...chunk.viteMetadata.importedCss])];
}

/** @param {{ mocking: boolean }} options */
export function prerenderSignIn({ mocking }) {
  let config;
  return {
    name: 'zen-prerender-sign-in',
    configResolved(resolved) {
      config = resolved;
    },
    // `vite preview` serves the page a static host would, by the rules of public/_redirects.
    configurePreviewServer(server) {
      const outDir = resolve(config.root, config.build.outDir);
      const rules = readRedirectRules();
      const fileExists = (pathname) => {
        const file = join(outDir, pathname);
        return existsSync(file) && statSync(file).isFile();
      };
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const page = rewriteFor(
          rules,
          decodeURIComponent(url.pathname),
          { cookie: req.headers.cookie, acceptLanguage: req.headers['accept-language'] },
          fileExists,
        );
        if (page) req.url = page + url.search;
        next();
      });
    },
    // The page's script (src/entry.ts) imports the app (src/main.tsx) only after the first
    // paint, so the bundler puts none of the app's styles in the page; the prerendered form needs
    // them to paint, so they are linked here. The app's import then finds them there and skips them.
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return undefined;
        const app = Object.values(bundle).find(
          (chunk) =>
            chunk.type === 'chunk' && chunk.facadeModuleId === resolve(config.root, appStart),
        );
        if (!app) throw new Error(`prerender: the build has no chunk for ${appStart}`);
        const linked = (file) => html.includes(`href="${config.base}${file}"`);
        return stylesOf(app, bundle)
          .filter((file) => !linked(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: config.base + file },
            injectTo: 'head',
          }));
      },
    },
    // First among the plugins' writeBundle hooks, so the checks after it see the pages.
    writeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        // Inside the project, so the renderer's imports (react, …) resolve; one folder per
        // build, so builds side by side (worktrees sharing node_modules) never mix.
        const serverDir = resolve(
          config.root,
          `node_modules/.prerender/${process.pid}-${Date.now()}`,
        );
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: {
            ssr: resolve(config.root, 'src/prerender.tsx'),
            outDir: serverDir,
            emptyOutDir: true,
            sourcemap: false,
            manifest: false,
            copyPublicDir: false,
            rolldownOptions: { output: { entryFileNames: 'prerender.js' } },
          },
        });
        try {
          const { prerenderSignIn: render } = await import(
            pathToFileURL(join(serverDir, 'prerender.js')).href
          );
          const outDir = resolve(config.root, config.build.outDir);
          const template = readFileSync(join(outDir, 'index.html'), 'utf8');
          for (const [language, file] of Object.entries(prerenderedPages)) {
            const page = pageWithScreen(template, await render(language), language, mocking);
            mkdirSync(resolve(outDir, file, '..'), { recursive: true });
            writeFileSync(join(outDir, file), page);
          }
          if (mocking) {
            copyFileSync(resolve(config.root, 'mocks/review', demoFrame), join(outDir, demoFrame));
          }
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
        // The rules must send each language's visitor to its page.
        const rules = readRedirectRules();
        const zh = rewriteFor(rules, '/sign-in', { acceptLanguage: 'zh-CN' }, () => false);
        if (zh !== `/${prerenderedPages['zh-CN']}`) {
          throw new Error(`public/_redirects sends Chinese /sign-in to ${zh}`);
        }
      },
    },
  };
}
