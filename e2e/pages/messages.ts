import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '#src/i18n/format';

/**
 * The words page objects look for, read from the app's own message files
 * (`src/i18n/locales/<lng>/<ns>.json`, and the review tools' `mocks/review/locales/<lng>.json`
 * as the `review` namespace), so a spec written once runs in every language and a
 * reworded label needs no test change. What this cannot catch is a wrong translation: the
 * Chinese specs keep a few literal strings as that anchor, and `t()` refuses a zh-CN text that
 * is still the English one.
 */
export type Language = 'en' | 'zh-CN';

/** The app's rule: any Chinese locale gets Simplified Chinese, anything else English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

type Tree = { [key: string]: string | Tree };
type Values = Record<string, string | number>;

const localesDir = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));
const reviewLocalesDir = fileURLToPath(new URL('../../mocks/review/locales/', import.meta.url));
const readJson = (path: string): Tree => JSON.parse(readFileSync(path, 'utf8'));

function load(lang: Language): Record<string, Tree> {
  const dir = `${localesDir}${lang}/`;
  const app = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), readJson(dir + file)]);
  return { ...Object.fromEntries(app), review: readJson(`${reviewLocalesDir}${lang}.json`) };
}

const files = { en: load('en'), 'zh-CN': load('zh-CN') };

/** Names and keys that read the same in every language. */
const languageNeutral = [
  /^common:productName$/,
  /^common:languages\./,
  /^mfa:wizard\.intro\.apps\./,
];

function lookup(lang: Language, key: string): string {
  const [namespace = '', path = ''] = key.split(':');
  let node: string | Tree | undefined = files[lang][namespace];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message "${key}" in ${lang}`);
  return node;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{{name}}`, `{{seconds, duration}}`, `{{minutes, number(style: unit; unit: minute; …)}}`. */
const placeholder = /{{\s*(\w+)\s*(?:,\s*([^}]+?))?\s*}}/g;

export class Messages {
  constructor(readonly lang: Language) {}

  /** The raw message, checked: present, and translated where it must be. */
  raw(key: string): string {
    const text = lookup(this.lang, key);
    if (
      this.lang !== 'en' &&
      text === lookup('en', key) &&
      !languageNeutral.some((neutral) => neutral.test(key))
    )
      throw new Error(`message "${key}" in ${this.lang} is still the English text`);
    return text;
  }

  /** The text the page shows for `key` with `values`, formatted as i18next does. */
  t(key: string, values: Values = {}): string {
    return this.raw(key).replace(placeholder, (_match, name: string, format?: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`message "${key}" needs a value for ${name}`);
      return this.format(value, format);
    });
  }

  /** Like `t`, but placeholders without a value match anything: for text with names, times, waits. */
  pattern(key: string, values: Values = {}): RegExp {
    const parts = this.raw(key).split(placeholder);
    // split() with two groups yields: text, name, format, text, name, format, …, text.
    let source = '';
    for (let index = 0; index < parts.length; index += 3) {
      source += escapeRegExp(parts[index] ?? '');
      const name = parts[index + 1];
      if (name === undefined) continue;
      const value = values[name];
      source += value === undefined ? '.+?' : escapeRegExp(this.format(value, parts[index + 2]));
    }
    return new RegExp(source);
  }

  /** The message's opening words, up to its first value: to find any variant of it. */
  opening(key: string): RegExp {
    return new RegExp(escapeRegExp(this.raw(key).split('{{')[0] ?? ''));
  }

  private format(value: string | number, format: string | undefined): string {
    if (typeof value !== 'number' || !format) return String(value);
    if (format === 'duration') return formatDuration(value, this.lang);
    const unit = /unit:\s*(\w+)/.exec(format)?.[1];
    return new Intl.NumberFormat(
      this.lang,
      unit ? { style: 'unit', unit, unitDisplay: 'long' } : {},
    ).format(value);
  }
}

const cache = new Map<Language, Messages>();

/** One shared instance per language. */
export function messages(lang: Language): Messages {
  let found = cache.get(lang);
  if (!found) cache.set(lang, (found = new Messages(lang)));
  return found;
}
