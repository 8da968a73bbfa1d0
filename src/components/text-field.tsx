import { useId, type InputHTMLAttributes, type Ref } from 'react';
import './field.css';

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLInputElement>;
  inputClassName?: string;
};

export function TextField({ label, error, hint, id, inputClassName, ...input }: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  // A caller may add the id of an alert elsewhere that explains what is wrong with this field.
  const describedBy =
    [hint && hintId, error && errorId, input['aria-describedby']].filter(Boolean).join(' ') ||
    undefined;
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
      <input
        {...input}
        id={inputId}
        className={['field-input', inputClassName].filter(Boolean).join(' ')}
        aria-invalid={error ? true : input['aria-invalid']}
        aria-describedby={describedBy}
      />
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
