import { describe, expect, it } from 'vitest';
import { readSignInNotice } from './sign-in-notice';

describe('readSignInNotice', () => {
  it.each([
    [{ notice: 'session_ended' }, 'session_ended'],
    [{ notice: 'signed_out', extra: 1 }, 'signed_out'],
    [{ notice: 'signed_out_elsewhere' }, 'signed_out_elsewhere'],
    [{ notice: 'hacked' }, null],
    [{ notice: ['signed_out'] }, null],
    [{}, null],
    [null, null],
    ['signed_out', null],
    [undefined, null],
  ])('%j → %s', (state, expected) => {
    expect(readSignInNotice(state)).toBe(expected);
  });
});
