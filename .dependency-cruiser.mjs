// The architecture's floors (README, "Architecture") as rules for
// dependency-cruiser: `npm run deps` alone, and a step of `npm test`. Each rule's comment says
// why, so a wrong arrow fails with its reason.

// Files that only tests load: colocated tests, their helpers, the Vitest set-up and the
// property tests of the contract (mocks/contract/).
const testOnly = [
  '[.]test[.]tsx?$',
  '(^|/)testing(/|[.]tsx?$)',
  '(^|/)[^/]*test-utils[.]tsx?$',
  '^mocks/contract/',
  '^vitest[.]setup[.]ts$',
];

// The layer rules below govern the product; a test may compose layers as the app shell does
// (a feature's component test renders it inside the app's providers, src/app/test-utils.tsx).

// What a runner, a config or a browser starts from, so nothing imports it.
const entryPoints = [
  '^src/main[.]tsx$',
  '^mocks/http[.]ts$',
  '[.]d[.]m?ts$',
  '^(vite|playwright)[.]config[.]ts$',
  '^vitest[.]setup[.]ts$',
  '^[^/]+[.](c|m)?js$',
  '^[.]dependency-cruiser[.]mjs$',
  '^scripts/[^/]+[.](mjs|ts)$',
  '^scripts/gallery/(gallery[.]config|reporter|[^/]+[.]gallery)[.]ts$',
  '^e2e/[^/]+[.]spec[.]ts$',
  '^bench/floor/',
  '[.]test[.]tsx?$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle means neither module can be understood, tested or moved alone, and it can leave ' +
        'one of them half-initialised at load time. Type-only imports count: the types of a cycle ' +
        'are the same knot. Move the shared part into a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-not-to-features',
      severity: 'error',
      comment:
        'Imports flow one way: routes -> features -> components / api / i18n. The shared layers ' +
        '(src/components, src/api, src/i18n) serve every feature, so they must not know any ' +
        'feature, screen or the app shell. Pass what they need in as props or arguments.',
      from: { path: '^src/(components|api|i18n)/', pathNot: testOnly },
      to: { path: '^src/(features|routes|app)/' },
    },
    {
      name: 'features-not-to-routes',
      severity: 'error',
      comment:
        'Features are composed by the routes (screens) and the app shell, never the other way ' +
        'round; a feature that imports a screen cannot be reused or tested without it.',
      from: { path: '^src/features/', pathNot: testOnly },
      to: { path: '^src/(routes|app)/' },
    },
    {
      name: 'no-cross-feature',
      severity: 'error',
      comment:
        'Features do not import each other (src/features/auth vs src/features/mfa): what two ' +
        'features share belongs in src/api, src/components or src/i18n, and a screen composes them.',
      from: { path: '^src/features/([^/]+)/', pathNot: testOnly },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'src-not-to-mocks',
      severity: 'error',
      comment:
        'The app never depends on the simulated backend: it loads mocks/boot.ts at boot, lazily and ' +
        'in mock mode only, so the real-backend build holds no mock code. Tests may use the mocks.',
      from: { path: '^src/', pathNot: [...testOnly, '^src/(main[.]tsx|entry[.]ts)$'] },
      to: { path: '^mocks/' },
    },
    {
      name: 'boot-loads-only-mocks-boot',
      severity: 'error',
      comment:
        'src/main.tsx starts the simulated backend through one door, mocks/boot.ts, so there is ' +
        'one place that decides what mock mode loads (src/entry.ts fetches it early for a ' +
        'scenario link).',
      from: { path: '^src/(main[.]tsx|entry[.]ts)$' },
      to: { path: '^mocks/', pathNot: '^mocks/boot[.]ts$' },
    },
    {
      name: 'mocks-only-to-contract',
      severity: 'error',
      comment:
        'The simulated backend implements the contract and nothing else of the app: it may import ' +
        'src/api (schemas, types, error codes), never screens, features or UI, so a real backend ' +
        'could replace it without anything in src/ noticing.',
      from: { path: '^mocks/', pathNot: ['^mocks/review/', '^mocks/boot\\.ts$', ...testOnly] },
      to: { path: '^src/', pathNot: '^src/api/' },
    },
    {
      name: 'review-panel-only-to-shared-ui',
      severity: 'error',
      comment:
        'The review panel (mocks/review) looks and reads like the product, so beside the contract ' +
        'it may use src/components and src/i18n; never features, screens or the app shell. The ' +
        "mock boot (mocks/boot.ts) mounts the panel and applies a link's ?lang=, so it is held alike.",
      from: { path: '^mocks/(review/|boot\\.ts$)', pathNot: testOnly },
      to: { path: '^src/', pathNot: '^src/(api|components|i18n)/' },
    },
    {
      name: 'only-e2e-to-e2e',
      severity: 'error',
      comment:
        'e2e/ holds the journeys, their fixtures and page objects; nothing else depends on them. ' +
        "playwright.config.ts is the suite's own configuration (it types the fixtures' options).",
      from: { pathNot: ['^e2e/', '^playwright[.]config[.]ts$'] },
      to: { path: '^e2e/' },
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      comment:
        'Test helpers (mocks/testing, */testing, *test-utils, *.test.*) pull Vitest and test data; ' +
        'the app and the mock must not load them, or they ship.',
      from: { path: '^(src|mocks)/', pathNot: testOnly },
      to: { path: testOnly },
    },
    {
      name: 'no-dev-deps-in-src',
      severity: 'error',
      comment:
        'A devDependency is not installed where the app is built for production; src/ (tests ' +
        'aside) may import only dependencies. The mocks are built in only in mock mode.',
      from: { path: '^src/', pathNot: testOnly },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only', 'triple-slash-directive'],
      },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment:
        'A module nothing imports is dead code (or an entry point missing from this list): delete ' +
        'it, or import it from where it is used.',
      from: { orphan: true, pathNot: entryPoints },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'Every import resolves to a file or an installed package; otherwise these rules would ' +
        'silently skip it.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports are arrows too: the cycle and layering rules see them.
    tsPreCompilationDeps: true,
    // The `#src/*`, `#mocks/*`, ... aliases, as TypeScript resolves them.
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|mocks|e2e|scripts|bench|node_modules)/|^[^/]+[.](ts|tsx|js|mjs|cjs)$',
    exclude: { path: '^(dist|dist-real|[.]bench|public|test-results|playwright-report)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '.d.ts', '.d.mts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
