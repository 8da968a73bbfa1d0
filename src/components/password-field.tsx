import { Eye, EyeOff } from 'lucide-react';
import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import './field.css';
import './password-field.css';

type PasswordFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  /** The toggle's name ("Show password"); its pressed state says whether the text shows. */
  showLabel: string;
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  hint?: string;
  /** Below the input, before the error: live feedback such as a strength estimate. */
  children?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A password input with a show/hide toggle (a toggle button: screen readers announce "Show
 * password, toggle button, pressed"). Paste is never blocked, and the autocomplete token lets
 * password managers offer the saved password or save the new one.
 */
export function PasswordField({
  label,
  showLabel,
  error,
  hint,
  id,
  children,
  ...input
}: PasswordFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [shown, setShown] = useState(false);
  const describedBy =
    [hint && hintId, error && errorId, input['aria-describedby']].filter(Boolean).join(' ') ||
    undefined;
  const Icon = shown ? EyeOff : Eye;
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="password-input">
        <input
          {...input}
          id={inputId}
          type={shown ? 'text' : 'password'}
          className="field-input"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="password-toggle"
          aria-controls={inputId}
          aria-pressed={shown}
          aria-label={showLabel}
          onClick={() => setShown((current) => !current)}
        >
          <Icon aria-hidden="true" />
        </button>
      </div>
      {children}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
