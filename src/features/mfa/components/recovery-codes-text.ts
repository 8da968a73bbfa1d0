export const RECOVERY_CODES_FILE_NAME = 'zenConsole-recovery-codes.txt';

type RecoveryCodesFile = {
  /** Already translated lines above the codes: title, account, date, advice. */
  header: string[];
  codes: readonly string[];
};

/**
 * The downloaded file: a short header, a blank line, then one code per line so each can be
 * copied on its own. CRLF line endings keep Windows Notepad happy; every other editor reads them.
 */
export function recoveryCodesText({ header, codes }: RecoveryCodesFile): string {
  return [...header, '', ...codes, ''].join('\r\n');
}

/** What "Copy codes" puts on the clipboard: the codes alone, one per line. */
export function recoveryCodesClipboardText(codes: readonly string[]): string {
  return codes.join('\n');
}
