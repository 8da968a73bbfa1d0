import { useId, type InputHTMLAttributes } from 'react';
import './field.css';
import './checkbox-field.css';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  hint?: string;
};

/** A native checkbox with its label beside it and, when given, a hint under the label. */
export function CheckboxField({ label, hint, id, ...input }: CheckboxFieldProps) {
  const autoId = useId();
  const inputId = id ?? autoId;
  const hintId = `${inputId}-hint`;
  return (
    <div className="field-check">
      <input {...input} id={inputId} type="checkbox" aria-describedby={hint ? hintId : undefined} />
      <div>
        <label className="field-label" htmlFor={inputId}>
          {label}
        </label>
        {hint && (
          <p className="field-hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
