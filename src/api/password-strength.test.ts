import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, normalizePassword, passwordLength } from './password-rules';
import { checkPassword, personalInputs } from './password-strength';

const alice = personalInputs('alice@example.com', 'Alice Smith');
const refusalOf = (password: string) => checkPassword(password, alice).refusal;

// NIST SP 800-63B §5.1.1.2, rule by rule (docs/security.md, "Passwords").
describe('the password rules', () => {
  it('asks for at least 8 characters, counted as people count them', () => {
    expect(refusalOf('Vq7#Lp2')).toBe('password_too_short');
    // Four emoji are four characters, though JavaScript counts eight UTF-16 units.
    expect(passwordLength('🦊🦊🦊🦊')).toBe(4);
    expect(refusalOf('🦊🦊🦊🦊')).toBe('password_too_short');
  });

  it('accepts up to 128 characters (more than the 64 NIST asks for), and no more', () => {
    const words = 'velvet otter ledger quarry ';
    const long = words.repeat(10).slice(0, PASSWORD_MAX_LENGTH);
    expect(passwordLength(long)).toBe(128);
    expect(refusalOf(long)).toBeNull();
    expect(refusalOf(`${long}x`)).toBe('password_too_long');
  });

  it('has no composition rule: spaces, lowercase words and any script are fine', () => {
    expect(refusalOf('velvet otter ledger quarry')).toBeNull();
    expect(refusalOf('天青色等烟雨而我在等你')).toBeNull();
  });

  it('refuses common and breached passwords, keyboard walks and repeats', () => {
    for (const common of ['password123', 'qwertyuiop', 'iloveyou1', 'aaaaaaaaaa', '12345678'])
      expect(refusalOf(common), common).toBe('password_common');
  });

  it("refuses a password built from the account's own email or name", () => {
    expect(refusalOf('alice@example.com')).toBe('password_personal');
    expect(refusalOf('AliceSmith2026')).toBe('password_personal');
    expect(refusalOf('Smith-Alice-99')).toBe('password_personal');
    // The same words are fine for another account.
    expect(
      checkPassword('AliceSmith2026', personalInputs('bob@example.com', 'Bob Lee')).refusal,
    ).not.toBe('password_personal');
  });

  it('treats a password typed on another keyboard as the same one (NFKC)', () => {
    // Full-width letters and a decomposed accent normalise to what a US keyboard types.
    expect(normalizePassword('Ｐａｓｓｗｏｒｄ')).toBe('Password');
    expect(normalizePassword('cafe\u0301 otter')).toBe('café otter');
    expect(refusalOf('ｐａｓｓｗｏｒｄ１２３')).toBe('password_common');
  });
});
