import { describe, expect, it } from 'vitest';
import { exactTime, relativeTime } from './relative-time';

const now = Date.parse('2026-03-02T10:00:00Z');

describe('relativeTime', () => {
  it('says how long ago in the reader language, with the Chinese spacing rule', () => {
    expect(relativeTime('2026-03-02T09:57:00Z', now, 'en')).toBe('3 minutes ago');
    expect(relativeTime('2026-03-02T09:57:00Z', now, 'zh-CN')).toBe('3 分钟前');
    expect(relativeTime('2026-02-28T10:00:00Z', now, 'en')).toBe('2 days ago');
    expect(relativeTime('2026-03-02T10:00:00Z', now, 'en')).toBe('now');
  });

  it('gives the exact time with its time zone', () => {
    expect(exactTime('2026-03-02T09:57:00Z', 'en')).toMatch(/2026.*\d{1,2}:57:00/);
  });
});
