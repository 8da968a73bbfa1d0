import i18next, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatDuration } from './format';

export const supportedLanguages = ['en', 'zh-CN'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'zenconsole.language';

// English messages of the sign-in screens ship in the first download; every other namespace and
// language loads when it is first needed (the console, the language switch), one file at a time.
const bundledFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  './locales/en/{common,auth,errors}.json',
  { eager: true },
);
const lazyFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/en/{common,auth,errors}.json',
]);

export function buildResources(
  files: Record<string, { default: Record<string, unknown> }>,
): Resource {
  const resources: Resource = {};
  for (const [path, file] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    resources[match[1]] = { ...resources[match[1]], [match[2]]: file.default };
  }
  return resources;
}

const bundled = buildResources(bundledFiles);
/** Every namespace, bundled or not (read from the file names, nothing is loaded). */
export const namespaces = [
  ...new Set(
    [...Object.keys(bundledFiles), ...Object.keys(lazyFiles)].map(
      (path) => /([^/]+)\.json$/.exec(path)?.[1] ?? '',
    ),
  ),
].filter(Boolean);
/** What the console adds to the sign-in screens' namespaces. */
export const consoleNamespaces = namespaces.filter(
  (ns) => !Object.keys(bundled.en ?? {}).includes(ns),
);

/** i18next asks this for each language and namespace it lacks (a tiny resources-to-backend). */
const lazyMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = lazyFiles[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no messages for ${language}/${namespace}`), false);
    load().then(
      (file) => callback(null, file.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.some((language) => language === value);
}

/** Any Chinese variant gets Simplified Chinese; anything else English. */
export function matchBrowserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, policies): the browser's language still applies.
    return null;
  }
}

function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const nav = globalThis.navigator;
  return matchBrowserLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

/**
 * The switcher's choice wins over the browser's language, also on the next visit: in storage for
 * the app (and public/before-paint.js), and in the `nf_lang` cookie, which the host's language
 * rules (public/_redirects) read to serve that language's prerendered page.
 */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
  if (typeof document !== 'undefined') {
    document.cookie = `nf_lang=${language.slice(0, 2)}; path=/; max-age=31536000; samesite=lax`;
  }
  await i18n.changeLanguage(language);
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

/**
 * Resolves once the detected language can be drawn: at once for English; for Chinese after its
 * sign-in messages arrive (main.tsx waits for them rather than flash English).
 */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyMessages)
  .use(initReactI18next)
  .init({
    resources: bundled,
    partialBundledLanguages: true,
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    ns: Object.keys(bundled.en ?? {}),
    defaultNS: 'common',
    // English is there at once: no tick without text before the first render.
    initAsync: false,
    returnEmptyString: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });

i18n.services.formatter?.add('duration', (value: unknown, lng: string | undefined) =>
  formatDuration(Number(value), lng ?? 'en'),
);
