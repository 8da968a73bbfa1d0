import type { ReactNode, Ref } from 'react';
import './alert.css';

type AlertProps = {
  tone: 'error' | 'warning' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  /** False for text that changes while shown (a countdown): it must not be re-read each time. */
  live?: boolean;
};

/** Errors interrupt (role=alert); everything else is announced politely (role=status). */
export function Alert({ tone, title, children, ref, live = true }: AlertProps) {
  return (
    <div
      ref={ref}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
      className={`alert alert-${tone}`}
      tabIndex={ref ? -1 : undefined}
    >
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}
