import { describe, expect, it } from 'vitest';
import reviewMessages from '#mocks/review/locales/zh-CN.json';
import { scenarioCatalog } from '#mocks/scenarios/catalog';

// The spacing and punctuation rule of docs/glossary.md ("Chinese copy"), checked on every
// Simplified Chinese text people read: the app's messages, the review panel's and the
// scenarios' titles. A placeholder (`{{name}}`) counts as Latin: its value may be "YubiKey". A
// duration ends in its Chinese unit ("30 秒"), so Chinese follows it without a space.

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/zh-CN/*.json', {
  eager: true,
});

function texts(node: unknown, prefix: string): [where: string, text: string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => texts(value, `${prefix}.${key}`));
}

const han = '\\p{Script=Han}';
const latin = '[A-Za-z0-9]|\\{\\{|(?<!duration)\\}\\}';
const fullWidth = '[，。、：；？！（）“”‘’…—]';

/** Each rule: what it forbids, as a pattern, and why in a few words. */
const rules: [pattern: RegExp, why: string][] = [
  [new RegExp(`${han}(?:${latin})|(?:${latin})${han}`, 'u'), 'a space between Chinese and Latin'],
  [new RegExp(`${han}[,.:;?!]|[,:;?!]${han}`, 'u'), 'full-width punctuation in Chinese'],
  [new RegExp(` ${fullWidth}|${fullWidth} `, 'u'), 'no space beside full-width punctuation'],
  [new RegExp(`${han}\\(|\\)${han}`, 'u'), 'a space outside half-width parentheses'],
  [new RegExp(`\\([^)]*${han}[^)]*\\)`, 'u'), 'full-width parentheses around Chinese'],
  [new RegExp(`（[^）\\p{Script=Han}]*）`, 'u'), 'half-width parentheses around Latin only'],
  [/ {2}|^ | $/, 'one space at most, none at either end'],
  [new RegExp(`duration\\}\\} ${han}`, 'u'), 'no space after a duration, which ends in Chinese'],
];

const all: [where: string, text: string][] = [
  ...Object.entries(files).flatMap(([path, file]) => texts(file.default, path)),
  ...texts(reviewMessages, 'review'),
  ...scenarioCatalog.map(({ name, title }): [string, string] => [name, title['zh-CN']]),
];

describe('Chinese copy', () => {
  it('reads every message file and title', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(9);
    expect(all.length).toBeGreaterThan(300);
  });

  for (const [pattern, why] of rules) {
    it(`keeps the rule: ${why}`, () => {
      const broken = all.filter(([, text]) => pattern.test(text)).map(([where]) => where);
      expect(broken).toEqual([]);
    });
  }

  it('catches what the rule forbids', () => {
    const bad = [
      '6位验证码',
      '请在 {{seconds}}后重试',
      '验证码,请',
      '移除 ，',
      '（TOTP）',
      '下载(.txt)',
      '{{seconds, duration}} 后',
    ];
    for (const text of bad)
      expect(
        rules.some(([pattern]) => pattern.test(text)),
        text,
      ).toBe(true);
    const good = [
      '6 位验证码',
      '请在 {{seconds}} 后重试。',
      '请在 {{seconds, duration}}后重试。',
      '下载 (.txt)',
      '移除“{{name}}”？',
    ];
    for (const text of good)
      expect(
        rules.some(([pattern]) => pattern.test(text)),
        text,
      ).toBe(false);
  });
});
