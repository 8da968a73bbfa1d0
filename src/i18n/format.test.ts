import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration } from './format';

describe('formatDateTime', () => {
  it('formats a server time in the reader’s language', () => {
    expect(formatDateTime('2026-01-15T12:00:00Z', 'en')).toMatch(/Jan 1[45], 2026/);
    expect(formatDateTime('2026-01-15T12:00:00Z', 'zh-CN')).toMatch(/2026年1月1[45]日/);
  });

  it('shows an unreadable value as it came', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
  });
});

describe('formatDuration', () => {
  it('uses seconds, then whole minutes rounded up', () => {
    expect(formatDuration(1, 'en')).toBe('1 second');
    expect(formatDuration(119, 'en')).toBe('119 seconds');
    expect(formatDuration(121, 'en')).toBe('3 minutes');
    expect(formatDuration(30, 'zh-CN')).toBe('30 秒');
    expect(formatDuration(1200, 'zh-CN')).toBe('20 分钟');
  });
});
