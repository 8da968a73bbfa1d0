import { describe, expect, it } from 'vitest';
import { scenarioCatalog } from '#mocks/scenarios/catalog';
import { searchScenarios } from './scenario-search';

const names = (query: string, language: 'en' | 'zh-CN' = 'en') =>
  searchScenarios(query, language).flatMap((group) => group.scenarios.map((s) => s.name));

describe('searchScenarios', () => {
  it('lists every scenario, grouped by flow in catalog order, for an empty query', () => {
    const groups = searchScenarios('', 'en');
    expect(groups.flatMap((group) => group.scenarios)).toHaveLength(scenarioCatalog.length);
    expect(groups[0]?.flow).toBe('sign-in');
    for (const group of groups) {
      expect(group.scenarios.every((scenario) => scenario.flow === group.flow)).toBe(true);
    }
  });

  it('matches every word, in names and titles, in any case', () => {
    expect(names('WRONG code')).toEqual(
      expect.arrayContaining(['email-wrong-code', 'totp-wrong-code', 'enroll-wrong-code']),
    );
    expect(names('wrong code')).not.toContain('sign-in-wrong-password');
    expect(names('totp-throttled')).toEqual(['totp-throttled']);
  });

  it('finds Chinese titles in Chinese, and English ones still', () => {
    expect(names('恢复码', 'zh-CN')).toContain('profile-one-recovery-code');
    expect(names('throttled', 'zh-CN')).toEqual(['sign-in-throttled', 'totp-throttled']);
  });

  it('gives no group for a query nothing matches', () => {
    expect(searchScenarios('no such thing', 'en')).toEqual([]);
  });
});
