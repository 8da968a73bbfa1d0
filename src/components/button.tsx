import type { ButtonHTMLAttributes, Ref } from 'react';
import { Spinner } from './spinner';
import './button.css';

/**
 * A decorative icon goes among the children, before the text (`<KeyRound aria-hidden="true" />`):
 * button.css sizes and spaces it, and this file, on the first screen, imports no icon library.
 */
type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'ghost' | 'link';
  loading?: boolean;
  /** Read to screen readers while loading; the visible label stays so the button keeps its size. */
  loadingLabel?: string;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({
  variant = 'secondary',
  loading = false,
  loadingLabel,
  type = 'button',
  className,
  children,
  disabled,
  onClick,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button-${variant}`, className].filter(Boolean).join(' ')}
      // aria-disabled instead of disabled while loading keeps focus on the button.
      disabled={disabled}
      aria-disabled={loading || undefined}
      aria-busy={loading || undefined}
      onClick={(event) => {
        if (loading) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      <span className="button-label" style={loading ? { visibility: 'hidden' } : undefined}>
        {children}
      </span>
      {loading && (
        <span className="button-progress">
          <Spinner />
          {loadingLabel && <span className="visually-hidden">{loadingLabel}</span>}
        </span>
      )}
    </button>
  );
}
