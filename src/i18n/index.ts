import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatDuration } from './format';

export const supportedLanguages = ['en', 'zh-CN'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'zenconsole.language';

// Every `locales/<lng>/<ns>.json` is picked up, so a feature adds a namespace without touching code.
const messageFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});

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

export const resources = buildResources(messageFiles);
export const namespaces = Object.keys(resources.en ?? {});

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

export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const nav = globalThis.navigator;
  return matchBrowserLanguage(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

/** The switcher's choice wins over the browser's language, also on the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
  await i18n.changeLanguage(language);
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...supportedLanguages],
  ns: namespaces,
  defaultNS: 'common',
  initAsync: false,
  returnEmptyString: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
});

i18n.services.formatter?.add('duration', (value: unknown, lng: string | undefined) =>
  formatDuration(Number(value), lng ?? 'en'),
);
