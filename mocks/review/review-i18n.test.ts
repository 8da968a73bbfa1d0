import { describe, expect, it } from 'vitest';
import { i18n } from '#src/i18n';
import { addReviewMessages, REVIEW_NS, reviewMessages } from './review-i18n';

function flatten(node: unknown, prefix = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

const placeholders = (text: unknown) =>
  typeof text === 'string' ? [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort() : [];

describe('review tools messages', () => {
  const en = flatten(reviewMessages.en);
  const zh = new Map(flatten(reviewMessages['zh-CN']));

  it('has the same keys in en and zh-CN, with the same placeholders', () => {
    expect([...zh.keys()].sort()).toEqual(en.map(([key]) => key).sort());
    for (const [key, value] of en)
      expect(placeholders(zh.get(key)), key).toEqual(placeholders(value));
  });

  it('has no empty message', () => {
    for (const [key, value] of [...en, ...zh]) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it('adds its namespace to the app instance, in both languages', () => {
    addReviewMessages();
    expect(i18n.t('tools.title', { ns: REVIEW_NS, lng: 'en' })).toBe('Review tools');
    expect(i18n.t('tools.title', { ns: REVIEW_NS, lng: 'zh-CN' })).toBe('评审工具');
  });
});
