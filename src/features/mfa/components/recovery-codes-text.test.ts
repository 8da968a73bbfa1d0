import { describe, expect, it } from 'vitest';
import {
  RECOVERY_CODES_FILE_NAME,
  recoveryCodesClipboardText,
  recoveryCodesText,
} from './recovery-codes-text';

const codes = ['abcde-fghij', 'kmnpq-rstuv', 'wxyz2-34567'];

describe('recovery codes as text', () => {
  it('puts the header, a blank line, then one code per line in the downloaded file', () => {
    const text = recoveryCodesText({
      header: ['zenConsole recovery codes', 'Account: alice@example.com'],
      codes,
    });
    expect(text.split('\r\n')).toEqual([
      'zenConsole recovery codes',
      'Account: alice@example.com',
      '',
      'abcde-fghij',
      'kmnpq-rstuv',
      'wxyz2-34567',
      '',
    ]);
    expect(RECOVERY_CODES_FILE_NAME).toBe('zenConsole-recovery-codes.txt');
  });

  it('copies the codes alone', () => {
    expect(recoveryCodesClipboardText(codes)).toBe('abcde-fghij\nkmnpq-rstuv\nwxyz2-34567');
  });
});
