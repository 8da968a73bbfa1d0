import { describe, expect, it } from 'vitest';
import { groupSecret } from './format-secret';

describe('groupSecret', () => {
  it('shows a 32-character key as eight groups of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
  });

  it('keeps a shorter last group and removes nothing', () => {
    const grouped = groupSecret('ABCDEFGHIJ');
    expect(grouped).toBe('ABCD EFGH IJ');
    expect(grouped.replace(/ /g, '')).toBe('ABCDEFGHIJ');
  });
});
