import { describe, expect, it } from 'vitest';
import { parseMinutes } from './clock-section';
import { parseWhole } from './network-section';

describe('parseMinutes', () => {
  it('takes whole minutes up to a day either way, with a typographic minus too', () => {
    expect(parseMinutes(' 15 ')).toBe(15);
    expect(parseMinutes('+5')).toBe(5);
    expect(parseMinutes('-1440')).toBe(-1440);
    expect(parseMinutes('−30')).toBe(-30);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'ten', '1.5', '1441', '-1441', '1e3', '--5']) {
      expect(parseMinutes(text), text).toBeNull();
    }
  });
});

describe('parseWhole', () => {
  it('takes whole numbers from 0 to the maximum', () => {
    expect(parseWhole('0', 100)).toBe(0);
    expect(parseWhole(' 100 ', 100)).toBe(100);
  });

  it('refuses negatives, fractions, text and numbers past the maximum', () => {
    for (const text of ['', '-1', '2.5', 'x', '101'])
      expect(parseWhole(text, 100), text).toBeNull();
  });
});
