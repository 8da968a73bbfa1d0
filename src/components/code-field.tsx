import { useRef, type Ref } from 'react';
import { CODE_DIGITS, stripSeparators } from '../api/codes';
import { TextField } from './text-field';

type CodeFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called once each time the value becomes a complete six-digit code. */
  onComplete?: (code: string) => void;
  error?: string;
  hint?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  name?: string;
  ref?: Ref<HTMLInputElement>;
  /** An alert elsewhere that says what is wrong with the code: its id, and the field is invalid. */
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

const NOT_ALLOWED = /[^0-9\s-]/g;

/** Chinese and Japanese IMEs often type fullwidth digits (１２３); people mean the ASCII ones. */
function toAsciiDigits(raw: string): string {
  return raw.replace(/[\uFF10-\uFF19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

/**
 * One field for a 6-digit code, typed or pasted ("123 456" and "123-456" work). Six separate
 * boxes break paste, password managers and screen readers, so this stays a single input.
 */
export function CodeField({ value, onChange, onComplete, ...props }: CodeFieldProps) {
  const lastCompleted = useRef<string | null>(null);

  function handleChange(raw: string) {
    const next = toAsciiDigits(raw).replace(NOT_ALLOWED, '').slice(0, 11);
    onChange(next);
    const digits = stripSeparators(next);
    if (digits.length === CODE_DIGITS && digits !== lastCompleted.current) {
      lastCompleted.current = digits;
      onComplete?.(digits);
    } else if (digits.length !== CODE_DIGITS) {
      lastCompleted.current = null;
    }
  }

  return (
    <TextField
      {...props}
      value={value}
      onChange={(event) => handleChange(event.target.value)}
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      maxLength={11}
      inputClassName="field-input-code"
    />
  );
}
